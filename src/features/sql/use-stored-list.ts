import { useCallback, useState } from 'react';
import { readStored } from './query-store.ts';

/** A list kept in localStorage under `key`; storage that is full or disabled only loses persistence. */
export function useStoredList<T>(key: string, valid: (x: unknown) => x is T): [T[], (next: T[]) => void] {
  const [items, setItems] = useState(() => readStored(safeGet(key), valid));
  const update = useCallback(
    (next: T[]) => {
      setItems(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Private mode or quota: the list still works for this session.
      }
    },
    [key],
  );
  return [items, update];
}

function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
