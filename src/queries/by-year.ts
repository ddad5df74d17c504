import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import type { Filters } from './filters.ts';
import { filterClause } from './filters.ts';

/** The rows of the picked years; every row when none is picked (as the filters mean). */
export function ofYears<R extends { year?: number | null }>(rows: readonly R[], years: readonly number[]): R[] {
  if (years.length === 0) return [...rows];
  const picked = new Set(years);
  return rows.filter((r) => r.year !== undefined && r.year !== null && picked.has(r.year));
}

/** SQL's sum of two partial sums: null only when both are (no row had a value). */
const sumOrNull = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : a + b);

/**
 * Rows per group and year summed over the picked years into one row per group, in the order groups first
 * appear: the `summed` fields added up with SQL's null rule, the others taken from the group's first row (no year).
 */
export function addUpYears<K extends string, R extends { year?: number | null } & Record<K, number | null>>(
  rows: readonly R[],
  years: readonly number[],
  group: (r: R) => string,
  summed: readonly K[],
): R[] {
  const groups = new Map<string, R>();
  for (const r of ofYears(rows, years)) {
    const sum: Record<K, number | null> | undefined = groups.get(group(r));
    if (sum) for (const k of summed) sum[k] = sumOrNull(sum[k], r[k]);
    else {
      const first = { ...r };
      delete first.year;
      groups.set(group(r), first);
    }
  }
  return [...groups.values()];
}

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
  const whole = everyYearQuery(name, f, wholeRest, load);
  return queryOptions({
    queryKey: [name, f, ...rest],
    queryFn: async ({ client }): Promise<T> => pick(await client.fetchQuery(whole), f.years),
  });
}

const everyYearQuery = <A>(name: string, f: Filters, rest: readonly unknown[], load: (everyYear: Filters) => Promise<A>) => {
  const everyYear: Filters = { ...f, years: [] };
  return queryOptions({ queryKey: [name, 'everyYear', everyYear, ...rest], queryFn: () => load(everyYear) });
};

/**
 * Above this many agencies (whatever the years), per-agency sums are asked for the selected years each time
 * rather than added up from an answer per agency and year: a province's 10,000 agencies make 70,000
 * agency-years, a 130 ms query and 30,000 rows to move and add up on every other filter change, where the
 * per-agency query takes 20 ms. A county has 50 agencies, a city about 1,000.
 */
export const ROLL_UP_AGENCIES = 2_000;

/** How many agencies the filters select in any year: how large an answer per agency and year would be. */
export const agencyCountSql = (f: Filters) => sql`SELECT count(DISTINCT agency_id) AS n FROM report_summary WHERE ${filterClause({ ...f, years: [] })}`;

const agencyCountQuery = (db: Connector, f: Filters) =>
  queryOptions({
    queryKey: ['agencyCount', { ...f, years: [] }],
    queryFn: async (): Promise<number> => Number((await db.query(agencyCountSql(f)))[0]?.n ?? 0),
  });

/**
 * Sums per agency over the selected years: added up in JS from the every-year answer per agency and year
 * (byYearQuery) while the filters select at most ROLL_UP_AGENCIES agencies, asked for directly beyond.
 */
export function perAgencyQuery<A, T>(
  db: Connector,
  name: string,
  f: Filters,
  rest: readonly unknown[],
  perYear: { key: readonly unknown[]; load: (everyYear: Filters) => Promise<A>; pick: (answer: A, years: readonly number[]) => T },
  direct: (f: Filters) => Promise<T>,
) {
  const whole = everyYearQuery(name, f, perYear.key, perYear.load);
  return queryOptions({
    queryKey: [name, f, ...rest],
    queryFn: async ({ client }): Promise<T> =>
      (await client.fetchQuery(agencyCountQuery(db, f))) <= ROLL_UP_AGENCIES ? perYear.pick(await client.fetchQuery(whole), f.years) : direct(f),
  });
}
