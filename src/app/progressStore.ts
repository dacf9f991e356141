import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { parseAnswers, type Answers } from '../rules';
import { safeStorage, type KeyValueStorage } from './safeStorage';

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

export const STORAGE_KEY = 'partnership-pathfinder';
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
        // Even data at the current version is checked before it is trusted.
        merge: (persisted, current) => ({ ...current, ...migrateProgress(persisted, STORAGE_VERSION) }),
      },
    ),
  );

export const useProgressStore = createProgressStore(safeStorage());
