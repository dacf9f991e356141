import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgressStore, migrateProgress, STORAGE_KEY, STORAGE_VERSION } from '../../src/session/progressStore';
import { memoryStorage, safeStorage, type KeyValueStorage } from '../../src/session/safeStorage';

const ANSWERS = { initiator: 'authority', nation: 'scotland', buying: 'yes' };

/** A storage already holding `text` under our key. */
function holding(text: string): KeyValueStorage {
  const storage = memoryStorage();
  storage.setItem(STORAGE_KEY, text);
  return storage;
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('saved progress that cannot be trusted', () => {
  it.each([
    ['JSON garbage', '{"state": {"answers": '],
    ['not JSON at all', '<script>alert(1)</script>'],
    ['JSON null', 'null'],
    ['a bare string', '"hello"'],
    ['an array', '[1,2,3]'],
    ['state of the wrong shape', JSON.stringify({ state: 'answers', version: STORAGE_VERSION })],
    ['answers of the wrong shape', JSON.stringify({ state: { answers: ['yes'], settings: 7 }, version: STORAGE_VERSION })],
  ])('%s gives a clean start', (_name, text) => {
    const store = createProgressStore(holding(text));
    expect(store.getState().answers).toEqual({});
    expect(store.getState().settings).toEqual({ textSize: 'standard' });
  });

  it('keeps only valid answers on the path from saved data', () => {
    const saved = { ...ANSWERS, contractValue: '-5', mutual: 'yes', nonsense: '<b>' };
    const store = createProgressStore(holding(JSON.stringify({ state: { answers: saved, settings: { textSize: 'large' } }, version: STORAGE_VERSION })));
    expect(store.getState().answers).toEqual(ANSWERS);
    expect(store.getState().settings.textSize).toBe('large');
  });

  it('migrates version 1 data, which kept the answers under `progress`', () => {
    const store = createProgressStore(holding(JSON.stringify({ state: { progress: { answers: ANSWERS } }, version: 1 })));
    expect(store.getState().answers).toEqual(ANSWERS);
    expect(migrateProgress({ progress: 'broken' }, 1)).toEqual({ answers: {}, settings: { textSize: 'standard' } });
    expect(migrateProgress(undefined, 0).answers).toEqual({});
  });

  it('reads data from a newer version as far as it can, without crashing', () => {
    const store = createProgressStore(holding(JSON.stringify({ state: { answers: ANSWERS, extra: { deep: true } }, version: 99 })));
    expect(store.getState().answers).toEqual(ANSWERS);
  });

  it('writes the current version back after loading older data', () => {
    const storage = holding(JSON.stringify({ state: { progress: { answers: ANSWERS } }, version: 1 }));
    const store = createProgressStore(storage);
    store.getState().saveAnswers({ initiator: 'authority' });
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toMatchObject({ version: STORAGE_VERSION, state: { answers: { initiator: 'authority' } } });
  });
});

describe('storage the browser refuses', () => {
  it('falls back to memory when localStorage throws on every call, losing nothing', () => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(refuse);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(refuse);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(refuse);
    const storage = safeStorage();
    const store = createProgressStore(storage);
    expect(() => store.getState().saveAnswers(ANSWERS)).not.toThrow();
    expect(store.getState().answers).toEqual(ANSWERS);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).state.answers).toEqual(ANSWERS);
  });

  it('falls back to memory when storage starts failing part-way (a full disk)', () => {
    const storage = safeStorage();
    storage.setItem(STORAGE_KEY, 'first');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('first');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(() => storage.setItem(STORAGE_KEY, 'second')).not.toThrow();
    expect(storage.getItem(STORAGE_KEY)).toBe('second');
  });

  it('survives a localStorage that cannot even be reached', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')!;
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied', 'SecurityError');
      },
    });
    try {
      const store = createProgressStore(safeStorage());
      store.getState().saveAnswers(ANSWERS);
      expect(store.getState().answers).toEqual(ANSWERS);
    } finally {
      Object.defineProperty(globalThis, 'localStorage', original);
    }
  });
});
