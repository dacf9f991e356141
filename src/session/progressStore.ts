import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { answersGiven, parseAnswers, questionsOnPath, type Answers } from '../rules';
import { memoryStorage, safeStorage, type KeyValueStorage } from './safeStorage';
import { STORAGE_KEY } from './storageKey';

export { STORAGE_KEY };

export type TextSize = 'standard' | 'large';

export interface Settings {
  textSize: TextSize;
}

interface SavedProgress {
  answers: Answers;
  settings: Settings;
}

interface ProgressStore extends SavedProgress {
  saveAnswers(answers: Answers): void;
  setTextSize(size: TextSize): void;
  forget(): void;
}

export const STORAGE_VERSION = 2;

const DEFAULT_SETTINGS: Settings = { textSize: 'standard' };

/**
 * Saved data is untrusted: it may be from an older version, edited by hand or
 * half-written. Version 1 kept the answers under `progress`; anything we cannot
 * read becomes a clean start.
 */
export function migrateProgress(persisted: unknown, version: number): SavedProgress {
  const record = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>) : {};
  const rawAnswers = version < 2 ? (record.progress as Record<string, unknown> | undefined)?.answers : record.answers;
  const settings = record.settings as Partial<Settings> | undefined;
  return {
    answers: parseAnswers(rawAnswers ?? {}).answers,
    settings: { textSize: settings?.textSize === 'large' ? 'large' : DEFAULT_SETTINGS.textSize },
  };
}

/** JSON over a storage that never throws; unreadable JSON reads as nothing saved. */
export function jsonStorage(storage: KeyValueStorage): PersistStorage<SavedProgress> {
  return {
    getItem(name) {
      const text = storage.getItem(name);
      if (text === null) return null;
      try {
        const value = JSON.parse(text) as StorageValue<SavedProgress>;
        return typeof value === 'object' && value !== null ? value : null;
      } catch {
        return null;
      }
    },
    setItem: (name, value) => storage.setItem(name, JSON.stringify(value)),
    removeItem: (name) => storage.removeItem(name),
  };
}

export const createProgressStore = (storage: KeyValueStorage) =>
  create<ProgressStore>()(
    persist(
      (set) => ({
        answers: {},
        settings: DEFAULT_SETTINGS,
        saveAnswers: (answers) => set({ answers }),
        setTextSize: (textSize) => set((state) => ({ settings: { ...state.settings, textSize } })),
        forget: () => set({ answers: {} }),
      }),
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage: jsonStorage(storage),
        partialize: ({ answers, settings }) => ({ answers, settings }),
        migrate: migrateProgress,
        // Even data at the current version is checked before it is trusted. With nothing saved the state
        // stays as it was, the same objects: a hydrated first screen then has nothing to render again.
        merge: (persisted, current) => (persisted === undefined ? current : { ...current, ...migrateProgress(persisted, STORAGE_VERSION) }),
      },
    ),
  );

/** Where progress is written; `stopSaving` swaps it for memory. */
const progressStorage = switchableStorage(safeStorage());

export const useProgressStore = createProgressStore(progressStorage);

/**
 * Keeps answers in memory only from now on, for shared machines (presentation
 * mode) and third-party frames (embed mode). Progress saved earlier by the
 * full app on this browser is left alone: it is someone's own work.
 */
export function stopSaving(): void {
  progressStorage.useMemoryOnly();
}

/** Removes progress saved on this browser: a shared laptop keeps nothing from a workshop. */
export function eraseSavedProgress(): void {
  progressStorage.eraseSaved();
}

function switchableStorage(initial: KeyValueStorage): KeyValueStorage & { useMemoryOnly(): void; eraseSaved(): void } {
  let current = initial;
  return {
    getItem: (key) => current.getItem(key),
    setItem: (key, value) => current.setItem(key, value),
    removeItem: (key) => current.removeItem(key),
    useMemoryOnly() {
      if (current === initial) current = memoryStorage();
    },
    eraseSaved: () => initial.removeItem(STORAGE_KEY),
  };
}

/** How many of the saved answers are still on their path: what the start screen offers to pick up. */
export const savedAnswerCount = (state: SavedProgress): number => answersGiven(questionsOnPath(state.answers), state.answers).length;
