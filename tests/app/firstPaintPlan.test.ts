import { describe, expect, it } from 'vitest';
import { createProgressStore, STORAGE_KEY } from '../../src/session/progressStore';
import { memoryStorage } from '../../src/session/safeStorage';
import { applyFirstPaintPlan, firstPaintPlan, revealHeldBack } from '../../src/firstPaint/plan';

/** Saved progress exactly as the app's store writes it. */
function savedBy(change: (store: ReturnType<typeof createProgressStore>) => void): string | null {
  const storage = memoryStorage();
  const store = createProgressStore(storage);
  change(store);
  return storage.getItem(STORAGE_KEY);
}

const FIRST_VISIT = { search: '', hash: '', saved: null };

describe('the first paint', () => {
  it('a first-time visitor on the start screen: the prerendered screen is hydrated, its button waits for the app', () => {
    for (const hash of ['', '#', '#/']) {
      expect(firstPaintPlan({ ...FIRST_VISIT, hash })).toEqual({ classes: [], holdBack: 'hold-controls', hydrate: true });
    }
  });

  it('saved answers: the start screen is shown but rendered afresh, since its button becomes "Continue where you left off"', () => {
    const saved = savedBy((store) => store.getState().saveAnswers({ initiator: 'authority' }));
    expect(firstPaintPlan({ ...FIRST_VISIT, saved })).toEqual({ classes: [], holdBack: 'hold-controls', hydrate: false });
  });

  it('saved progress with no answers left (after "Start again") is a first visit', () => {
    const saved = savedBy((store) => {
      store.getState().saveAnswers({ initiator: 'authority' });
      store.getState().forget();
    });
    expect(firstPaintPlan({ ...FIRST_VISIT, saved }).hydrate).toBe(true);
  });

  it('larger text saved: the class is on before the first paint, and the app renders afresh', () => {
    const saved = savedBy((store) => store.getState().setTextSize('large'));
    expect(firstPaintPlan({ ...FIRST_VISIT, saved })).toEqual({ classes: ['text-large'], holdBack: 'hold-controls', hydrate: false });
  });

  it.each([
    ['a shared link to a question', { hash: '#/nation?initiator=authority' }, []],
    ['the start screen with answers in the link', { hash: '#/?initiator=authority' }, []],
    ['embed mode', { search: '?embed&parentOrigin=https%3A%2F%2Fpartner.example' }, ['embed']],
    ['presentation mode', { search: '?present', hash: '#/' }, ['present']],
  ])('%s: nothing prerendered is painted; the app renders its own screen', (_name, page, classes) => {
    expect(firstPaintPlan({ ...FIRST_VISIT, ...page })).toEqual({ classes, holdBack: 'hold-screen', hydrate: false });
  });

  it('saved progress that cannot be read is nothing saved', () => {
    for (const saved of ['{"state": {"answers": ', '<script>', 'null', '"large"', '[]']) {
      expect(firstPaintPlan({ ...FIRST_VISIT, saved })).toEqual(firstPaintPlan(FIRST_VISIT));
    }
  });

  it('reads answers saved by the first version, under `progress`', () => {
    const saved = JSON.stringify({ state: { progress: { answers: { initiator: 'authority' } } }, version: 1 });
    expect(firstPaintPlan({ ...FIRST_VISIT, saved }).hydrate).toBe(false);
  });

  it('puts the plan on the page and takes the held-back class off once the app has rendered', () => {
    const root = document.createElement('html');
    root.className = 'no-js';
    applyFirstPaintPlan(firstPaintPlan({ search: '?present', hash: '', saved: null }), root);
    expect([...root.classList].sort()).toEqual(['hold-screen', 'present']);
    revealHeldBack(root);
    expect([...root.classList]).toEqual(['present']);
  });
});
