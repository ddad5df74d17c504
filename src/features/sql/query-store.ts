/** A query kept by name in this browser. */
export interface SavedQuery {
  name: string;
  sql: string;
}

export const HISTORY_KEY = 'disclosure-atlas.sql.history';
export const SAVED_KEY = 'disclosure-atlas.sql.saved';
export const HISTORY_LIMIT = 30;

/** The history with `sql` moved to the front, once, capped at `limit`. */
export function pushHistory(history: readonly string[], sql: string, limit = HISTORY_LIMIT): string[] {
  const text = sql.trim();
  if (!text) return [...history];
  return [text, ...history.filter((h) => h !== text)].slice(0, limit);
}

/** Saved queries with `entry` added, replacing one of the same name, sorted by name. */
export function saveQuery(saved: readonly SavedQuery[], entry: SavedQuery): SavedQuery[] {
  const name = entry.name.trim();
  if (!name) return [...saved];
  return [...saved.filter((s) => s.name !== name), { name, sql: entry.sql }].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export function removeSaved(saved: readonly SavedQuery[], name: string): SavedQuery[] {
  return saved.filter((s) => s.name !== name);
}

/** Parse stored JSON, keeping only well-formed entries (storage may hold anything). */
export function readStored<T>(raw: string | null, valid: (x: unknown) => x is T): T[] {
  try {
    const parsed: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(valid) : [];
  } catch {
    return [];
  }
}

export const isString = (x: unknown): x is string => typeof x === 'string';
export const isSaved = (x: unknown): x is SavedQuery =>
  typeof x === 'object' && x !== null && typeof (x as SavedQuery).name === 'string' && typeof (x as SavedQuery).sql === 'string';
