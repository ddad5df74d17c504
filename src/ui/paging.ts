/** One page of rows that match a search, and where it sits in them. */
export interface Page<T> {
  rows: T[];
  /** Rows matching the search (all rows when it is empty). */
  matched: number;
  /** Index of the first row shown, within the matches. */
  start: number;
  /** The page shown (clamped to the last page there is). */
  page: number;
  pages: number;
}

/** Rows whose text contains the search (ignoring case and spaces), then one page of them (pure). */
export function pageOf<T>(rows: readonly T[], search: string, page: number, size: number, text: (row: T) => string): Page<T> {
  const q = search.replace(/\s+/g, '').toLowerCase();
  const matches = q ? rows.filter((r) => text(r).replace(/\s+/g, '').toLowerCase().includes(q)) : rows;
  const pages = Math.max(1, Math.ceil(matches.length / size));
  const shown = Math.min(Math.max(0, page), pages - 1);
  const start = shown * size;
  return { rows: matches.slice(start, start + size), matched: matches.length, start, page: shown, pages };
}
