/**
 * The first paint, decided before it happens. dist/index.html holds the start
 * screen as it looks to a first-time visitor (prerendered at build time), and
 * a tiny blocking script (firstPaint.ts) runs this before the browser paints
 * it, since only the browser knows the address, the mode and what is saved.
 *
 * - The start screen: its words are shown at once. Its buttons (start, the
 *   workshop tools, larger text) are held back, keeping their space, until
 *   the app can act on them, so none is ever a dead button, nor the wrong
 *   one: with saved answers the app offers "Continue where you left off".
 * - A first-time visitor: the app hydrates the prerendered screen in place.
 * - Larger text saved: the class goes on first, so the screen paints at its
 *   final size; the app then renders afresh (same words, same place), as it
 *   does with saved answers.
 * - Any other step (a shared link, a reload mid-journey), embed mode or
 *   presentation mode: the prerendered screen is not what will show, so none
 *   of it is painted; the app renders the right screen, as before prerendering.
 *
 * Also used by the app's own entry, which makes the same decision again.
 */
import { readMode } from '../session/mode';
import { STORAGE_KEY } from '../session/storageKey';

export interface FirstPaintPlan {
  /** Classes <html> needs before the first paint: the ones the app itself sets for its modes and settings. */
  classes: string[];
  /** What to keep out of sight until the app has rendered, as a class on <html> (see styles.css). */
  holdBack: 'hold-screen' | 'hold-controls';
  /** The prerendered markup is exactly the app's first render, so it can be hydrated rather than replaced. */
  hydrate: boolean;
}

export interface PageState {
  /** location.search: `?embed`, `?present`. */
  search: string;
  /** location.hash: the step and answers. */
  hash: string;
  /** The saved progress as stored (see progressStore.ts), or null. */
  saved: string | null;
}

interface SavedSummary {
  hasAnswers: boolean;
  largeText: boolean;
}

/**
 * Just enough of saved progress to plan the first paint. The store checks every
 * answer properly later; here any saved answer means the start screen will
 * probably offer to continue.
 */
function readSaved(saved: string | null): SavedSummary {
  try {
    const { state, version } = JSON.parse(saved ?? 'null') as { state?: Record<string, unknown>; version?: number };
    // Version 1 kept the answers under `progress`.
    const answers = (version ?? 0) < 2 ? (state?.progress as Record<string, unknown> | undefined)?.answers : state?.answers;
    const settings = state?.settings as Record<string, unknown> | undefined;
    return {
      hasAnswers: typeof answers === 'object' && answers !== null && Object.keys(answers).length > 0,
      largeText: settings?.textSize === 'large',
    };
  } catch {
    return { hasAnswers: false, largeText: false };
  }
}

/** `#/` with no answers, or no hash at all: the start screen as prerendered. */
const onBareStartScreen = (hash: string) => ['', '#', '#/'].includes(hash);

export function firstPaintPlan({ search, hash, saved }: PageState): FirstPaintPlan {
  const mode = readMode(search);
  const { hasAnswers, largeText } = readSaved(saved);
  const classes = [...(mode.embed ? ['embed'] : []), ...(mode.present ? ['present'] : []), ...(largeText ? ['text-large'] : [])];
  if (!onBareStartScreen(hash) || mode.embed || mode.present) return { classes, holdBack: 'hold-screen', hydrate: false };
  return { classes, holdBack: 'hold-controls', hydrate: !hasAnswers && !largeText };
}

const HELD_BACK = ['hold-screen', 'hold-controls'] as const;

/** Puts the plan on <html>; `no-js` goes, since a script is running. Safe to run twice. */
export function applyFirstPaintPlan(plan: FirstPaintPlan, root: HTMLElement = document.documentElement): void {
  root.classList.remove('no-js');
  root.classList.add(...plan.classes);
  root.classList.add(plan.holdBack);
}

/** Shows whatever was held back: called once the app has rendered its first screen. */
export function revealHeldBack(root: HTMLElement = document.documentElement): void {
  root.classList.remove(...HELD_BACK);
}

/** The page's own state, read defensively: storage may be blocked (third-party frames, private windows). */
export function currentPageState(): PageState {
  let saved: string | null = null;
  try {
    saved = globalThis.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Nothing readable is nothing saved.
  }
  return { search: globalThis.location.search, hash: globalThis.location.hash, saved };
}
