import type { IndicatorRow } from '../../queries/index.ts';

export interface YearOverYear {
  /** Null when nothing is selected and no year has data. */
  year: number | null;
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
  const year = selectedYears.length ? Math.max(...selectedYears) : years.length ? Math.max(...years) : null;
  const current = year === null ? undefined : rows.find((r) => r.year === year);
  const previous = year === null ? undefined : rows.find((r) => r.year === year - 1);
  const a = current?.value ?? null;
  const b = previous?.value ?? null;
  const delta = a !== null && b !== null ? a - b : null;
  const relative = !isRate && delta !== null && b ? delta / b : null;
  return { year, current, previous, delta, relative };
}
