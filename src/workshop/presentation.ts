import { create } from 'zustand';
import { readMode } from '../session/mode';
import { eraseSavedProgress, stopSaving, useProgressStore } from '../session/progressStore';

interface PresentationStore {
  present: boolean;
  setPresent(on: boolean): void;
}

/**
 * Presentation mode lives in the page's own query (`?present`, before the
 * hash), so a reload on the projector keeps it and every step carries it.
 */
export function pageUrlWithPresent(href: string, on: boolean): string {
  const url = new URL(href);
  const others = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && part.split('=')[0] !== 'present');
  const query = on ? ['present', ...others] : others;
  return `${url.pathname}${query.length > 0 ? `?${query.join('&')}` : ''}${url.hash}`;
}

export const usePresentation = create<PresentationStore>()((set) => ({
  present: readMode().present,
  setPresent(on) {
    // Shared laptops: nothing from a workshop is left behind, and turning the mode off does not start saving again.
    if (on) forgetEverything();
    window.history.replaceState(window.history.state, '', pageUrlWithPresent(window.location.href, on));
    set({ present: on });
  },
}));

function forgetEverything() {
  stopSaving();
  eraseSavedProgress();
  useProgressStore.getState().forget();
}

if (usePresentation.getState().present) forgetEverything();
