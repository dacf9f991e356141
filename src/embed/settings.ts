/**
 * The app's side of embed mode: what the frame's URL asked for (after `?embed`),
 * and how the page changes for it. The URL is written by embed.js, or by hand
 * for a plain iframe, or by anyone at all: every value in it is checked.
 */
import { readMode } from '../session/mode';
import { stopSaving, useProgressStore } from '../session/progressStore';
import { accentShades, parseAccent } from './accent';
import { parseParentOrigin } from './protocol';

export interface EmbedSettings {
  /** Where to post messages; absent for a plain iframe, which then posts nothing. */
  parentOrigin?: string;
  /** A partner's colour, already checked and made AA against white. */
  accent?: string;
}

export function readEmbedSettings(search: string = globalThis.location?.search ?? ''): EmbedSettings | undefined {
  if (!readMode(search).embed) return undefined;
  const params = new URLSearchParams(search);
  const settings: EmbedSettings = {};
  const parentOrigin = parseParentOrigin(params.get('parentOrigin'));
  if (parentOrigin) settings.parentOrigin = parentOrigin;
  const accent = parseAccent(params.get('accent'));
  if (accent) settings.accent = accent;
  return settings;
}

/**
 * Before the first render: nothing is stored (third-party frames often may not,
 * and a partner's visitors did not choose to keep anything), the page drops its
 * own header and footer, and takes the partner's colour if there is one.
 */
export function enterEmbedMode(settings: EmbedSettings, root: HTMLElement = document.documentElement): void {
  stopSaving();
  // Answers read from storage before saving stopped belong to the full site, not this frame.
  useProgressStore.getState().forget();
  root.classList.add('embed');
  if (!settings.accent) return;
  const shades = accentShades(settings.accent);
  root.classList.add('embed--accent');
  root.style.setProperty('--partner-accent', shades.accent);
  root.style.setProperty('--partner-accent-hover', shades.hover);
  root.style.setProperty('--partner-accent-shadow', shades.shadow);
}

/** What the start screen says about keeping answers: in a frame they are not kept. */
export function answersWording(settings: EmbedSettings | undefined = readEmbedSettings()): { note: string; savedHeading: string } {
  if (!settings) return { note: 'Your answers stay in this browser.', savedHeading: 'You have answers saved in this browser' };
  const kept = 'Nothing you enter is saved: your answers last only while this page is open.';
  const told = ' The website showing this tool is told which step you are on and the route you reach.';
  return { note: settings.parentOrigin ? kept + told : kept, savedHeading: 'You have answers from earlier on this page' };
}
