import type { IndicatorRow } from '../../queries/index.ts';

export interface YearOverYear {
  year: number;
  current: IndicatorRow | undefined;
  previous: IndicatorRow | undefined;
  /** current − previous (in rate units for rates); null when either is missing. */
  delta: number | null;
  /** delta / previous for counts; null for rates or a zero base. */
  relative: number | null;
}

/** The latest selected year (or the latest with data) against the year before it. */
export function yearOverYear(rows: readonly IndicatorRow[], selectedYears: readonly number[], isRate: boolean): YearOverYear {
  const years = rows.map((r) => r.year ?? 0);
  const year = selectedYears.length ? Math.max(...selectedYears) : Math.max(0, ...years);
  const current = rows.find((r) => r.year === year);
  const previous = rows.find((r) => r.year === year - 1);
  const a = current?.value ?? null;
  const b = previous?.value ?? null;
  const delta = a !== null && b !== null ? a - b : null;
  const relative = !isRate && delta !== null && b ? delta / b : null;
  return { year, current, previous, delta, relative };
}
