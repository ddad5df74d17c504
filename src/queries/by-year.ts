import { queryOptions } from '@tanstack/react-query';
import type { Filters } from './filters.ts';

/** The rows of the picked years; every row when none is picked (as the filters mean). */
export function ofYears<R extends { year?: number | null }>(rows: readonly R[], years: readonly number[]): R[] {
  if (years.length === 0) return [...rows];
  const picked = new Set(years);
  return rows.filter((r) => r.year !== undefined && r.year !== null && picked.has(r.year));
}

/**
 * A query whose answer is grouped by year, with nothing carried from one year to another: DuckDB answers it
 * once for every year (per the other filters), and picking years only keeps that answer's rows of those years,
 * in JS. A year click then sends no query for it. Cached under [name, f, ...rest]; the answer for every year
 * under [name, 'everyYear', f without years, ...rest].
 */
export function byYearQuery<T>(
  name: string,
  f: Filters,
  rest: readonly unknown[],
  load: (everyYear: Filters) => Promise<T>,
  pick: (answer: T, years: readonly number[]) => T,
) {
  const everyYear: Filters = { ...f, years: [] };
  const whole = queryOptions({ queryKey: [name, 'everyYear', everyYear, ...rest], queryFn: () => load(everyYear) });
  return queryOptions({
    queryKey: [name, f, ...rest],
    queryFn: async ({ client }): Promise<T> => pick(await client.fetchQuery(whole), f.years),
  });
}
