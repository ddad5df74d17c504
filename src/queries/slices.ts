import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { queryOptions, replaceEqualDeep } from '@tanstack/react-query';
import type { AgencyKind } from '../domain/index.ts';
import type { Filters } from './filters.ts';

/** The rows whose `field` is one of `picked`; every row when none is picked (as the filters mean). */
function having<R>(rows: readonly R[], field: (r: R) => unknown, picked: readonly unknown[]): readonly R[] {
  if (picked.length === 0) return rows;
  const set = new Set(picked);
  return rows.filter((r) => set.has(field(r)));
}

/** The rows of the picked agency kinds; every row when none is picked. */
export function ofKinds<R extends { kind?: AgencyKind }>(rows: readonly R[], kinds: readonly AgencyKind[]): R[] {
  return [...having(rows, (r) => r.kind, kinds)];
}

/** The rows of the picked report templates (`reportTemplate`, the report's); every row when none is picked. */
export function ofTemplates<R extends { reportTemplate: string }>(rows: readonly R[], templates: readonly string[]): R[] {
  return [...having(rows, (r) => r.reportTemplate, templates)];
}

/** The rows a Filters' years and kinds select, as filterClause selects them (for answers templates do not narrow). */
export const inYearsAndKinds = <R extends { year?: number | null; kind?: AgencyKind }>(rows: readonly R[], f: Pick<Filters, 'years' | 'kinds'>): R[] =>
  [...having(having(rows, (r) => r.year, f.years), (r) => r.kind, f.kinds)];

/** The rows a Filters' years, kinds and report templates select, as filterClause selects them. */
export const inSlice = <R extends { year?: number | null; kind?: AgencyKind; reportTemplate: string }>(
  rows: readonly R[],
  f: Pick<Filters, 'years' | 'kinds' | 'templates'>,
): R[] => [...having(having(having(rows, (r) => r.year, f.years), (r) => r.kind, f.kinds), (r) => r.reportTemplate, f.templates ?? [])];

/** The rows of the picked cities and counties (both, where both are picked), as the SQL of the tables with a city column selects them. */
export const inRegions = <R extends { city: string | null; county: string | null }>(rows: readonly R[], f: Pick<Filters, 'cities' | 'counties'>): R[] =>
  [...having(having(rows, (r) => r.city, f.cities ?? []), (r) => r.county, f.counties ?? [])];

/** SQL's sum of two partial sums: null only when both are (no row had a value). */
const sumOrNull = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : a + b);

/** A copy of a row without the `spanned` fields (built key by key: deleting them would slow every later read). */
function without<R extends object>(r: R, spanned: readonly (keyof R)[]): R {
  const copy = {} as R;
  for (const k in r) if (!spanned.includes(k)) copy[k] = r[k];
  return copy;
}

/**
 * Rows summed per group into one row per group, in the order groups first appear: the `summed` fields added up
 * with SQL's null rule, the others taken from the group's first row without the `spanned` ones (what the group
 * adds up across: year, kind, template). The rows returned are new objects.
 */
export function addUp<K extends string, R extends Record<K, number | null>>(
  rows: readonly R[],
  group: (r: R) => string,
  summed: readonly K[],
  spanned: readonly (keyof R)[],
): R[] {
  const groups = new Map<string, R>();
  for (const r of rows) {
    const key = group(r);
    const sum: Record<K, number | null> | undefined = groups.get(key);
    if (sum) for (const k of summed) sum[k] = sumOrNull(sum[k], r[k]);
    else groups.set(key, without(r, spanned));
  }
  return [...groups.values()];
}

/** The filters a sliced query picks in JS. */
export type Spanned = 'years' | 'kinds' | 'templates' | 'cities' | 'counties';

/** Every filter a sliced query can pick: for answers small enough to hold every region's rows (the quality view's). */
export const REGIONS_TOO: readonly Spanned[] = ['years', 'kinds', 'templates', 'cities', 'counties'];

/** How a query's answer for any years, kinds and templates follows from its whole answer. */
export interface Slicing<A, T> {
  name: string;
  f: Filters;
  /** The rest of the whole answer's key (queries that share a whole answer share it). */
  key: readonly unknown[];
  /** What the pick makes of it, where queries sharing a whole answer pick differently. */
  picks?: string;
  /** The filters the whole answer spans; years, kinds and templates unless told. */
  spans?: readonly Spanned[];
  /** What of the whole answer's filters keys it, where some (e.g. templates) do not change it; all unless told. */
  keyOf?: (whole: Filters) => unknown;
  load: (whole: Filters) => Promise<A>;
  pick: (whole: A, f: Filters) => T;
}

// Each pick made once per whole answer and slice (a select is called again on every render, and peerRanking
// and the charts key their own caches on the picked rows' identity). Only the last few slices are kept: a
// province's picks are 10,000 agencies each, and every year click is another slice. Compare makes three picks
// of one answer per slice (the ranking and two pages of the grid): eight keep the last two slices' and more.
const picked = new WeakMap<object, Map<string, unknown>>();
const SLICES_KEPT = 8;

/**
 * A select that picks from an answer once per slice (what the pick depends on besides the answer): the picked
 * value keeps its identity across renders and across the views that ask for the same slice.
 */
export function picker<A extends object, T>(slice: unknown, pick: (answer: A) => T): (answer: A) => T {
  const key = JSON.stringify(slice);
  return (answer) => {
    let made = picked.get(answer);
    if (!made) picked.set(answer, (made = new Map()));
    // Kept in order of use: the slice on screen is the last to go.
    const value = made.has(key) ? (made.get(key) as T) : pick(answer);
    made.delete(key);
    made.set(key, value);
    if (made.size > SLICES_KEPT) made.delete(made.keys().next().value as string);
    return value;
  };
}

// React Query compares each new pick with the last, deeply, to keep the parts that did not change (structural
// sharing): over a province's picks of 10,000 rows, two of which are seldom equal, that cost 10 ms a click. Picks
// already keep their identity per slice (picker); small ones are still shared, so an equal one keeps the last's.
const SHARED_ROWS = 1000;
const rowCount = (v: unknown): number =>
  Array.isArray(v) ? v.length : v !== null && typeof v === 'object' ? Object.values(v).reduce<number>((n, x) => n + (Array.isArray(x) ? x.length : 0), 0) : 0;
const shareSmall = (last: unknown, next: unknown): unknown => (rowCount(next) > SHARED_ROWS ? next : replaceEqualDeep(last, next));

/**
 * A query whose answer for any years, kinds or report templates (and regions, where it spans them) follows from
 * its answer for all of them, with nothing carried from one to another: rows grouped by year, kind and template
 * (pick them), or sums per year, kind and template (add up the picked ones). DuckDB answers it once per set of
 * other filters (dataset, region, agencies), under [name, those filters, ...key]; a change of the filters it
 * spans picks in `select`, in JS, during the render: no query, no suspense.
 */
export function slicedQuery<A extends object, T>(s: Slicing<A, T>) {
  const spans = s.spans ?? ['years', 'kinds', 'templates'];
  const whole: Filters = { ...s.f };
  for (const filter of spans) whole[filter] = [];
  const select = picker([s.picks ?? '', s.f.years, s.f.kinds, s.f.templates ?? [], s.f.cities ?? [], s.f.counties ?? []], (answer: A): T => s.pick(answer, s.f));
  const key = s.keyOf ? s.keyOf(whole) : whole;
  return { ...queryOptions({ queryKey: [s.name, key, ...s.key], queryFn: () => s.load(whole), select, structuralSharing: shareSmall }), select };
}

/** What a view's query gives outside React (exports, tests): its answer, through the options' select if any. */
export async function answerOf<A, T = A, K extends QueryKey = QueryKey>(
  client: QueryClient,
  options: FetchQueryOptions<A, Error, A, K> & { select?: (answer: A) => T },
): Promise<T> {
  const answer = await client.fetchQuery(options);
  return options.select ? options.select(answer) : (answer as unknown as T);
}
