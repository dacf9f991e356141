/**
 * localStorage when the browser lets us use it, memory otherwise. Third-party
 * iframes, private windows and full disks all make storage throw; none of that
 * may cost a person their answers or crash the page.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function browserStorage(): Storage | undefined {
  try {
    const storage = globalThis.localStorage;
    const probe = '__pathfinder_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

export function safeStorage(): KeyValueStorage {
  const memory = memoryStorage();
  let storage = browserStorage();
  const fallBack = () => {
    storage = undefined;
  };
  return {
    getItem(key) {
      if (!storage) return memory.getItem(key);
      try {
        return storage.getItem(key);
      } catch {
        fallBack();
        return memory.getItem(key);
      }
    },
    setItem(key, value) {
      memory.setItem(key, value);
      if (!storage) return;
      try {
        storage.setItem(key, value);
      } catch {
        fallBack();
      }
    },
    removeItem(key) {
      memory.removeItem(key);
      try {
        storage?.removeItem(key);
      } catch {
        fallBack();
      }
    },
  };
}
