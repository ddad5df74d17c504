/** One series of a wide dataset: the column it reads and its legend name. */
export interface SeriesSpec {
  key: string;
  label: string;
  color?: string;
}

/** A wide dataset row: the category column plus one column per series; null = not measured (a gap, never 0). */
export type WideRow = Record<string, string | number | null>;
