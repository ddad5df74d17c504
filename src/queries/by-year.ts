import { queryOptions } from '@tanstack/react-query';
import type { Filters } from './filters.ts';

/** The rows of the picked years; every row when none is picked (as the filters mean). */
export function ofYears<R extends { year?: number | null }>(rows: readonly R[], years: readonly number[]): R[] {
  if (years.length === 0) return [...rows];
  const picked = new Set(years);
  return rows.filter((r) => r.year !== undefined && r.year !== null && picked.has(r.year));
}

/** SQL's sum of two partial sums: null only when both are (no row had a value). */
export const sumOrNull = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : a + b);

/**
 * A query whose answer for any set of years follows from its answer for every year, with nothing carried from
 * one year to another: rows grouped by year (pick them), or sums per year (add up the picked ones). DuckDB
 * answers it once for every year (per the other filters); a year change only picks, in JS, and sends no query.
 * Cached under [name, f, ...rest]; the every-year answer under [name, 'everyYear', f without years, ...wholeRest].
 */
export function byYearQuery<A, T>(
  name: string,
  f: Filters,
  rest: readonly unknown[],
  load: (everyYear: Filters) => Promise<A>,
  pick: (answer: A, years: readonly number[]) => T,
  wholeRest: readonly unknown[] = rest,
) {
  const everyYear: Filters = { ...f, years: [] };
  const whole = queryOptions({ queryKey: [name, 'everyYear', everyYear, ...wholeRest], queryFn: () => load(everyYear) });
  return queryOptions({
    queryKey: [name, f, ...rest],
    queryFn: async ({ client }): Promise<T> => pick(await client.fetchQuery(whole), f.years),
  });
}
