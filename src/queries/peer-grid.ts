import type { Connector } from '../db/index.ts';
import { fragment, sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import type { IndicatorId } from '../indicators/index.ts';
import { indicator } from '../indicators/index.ts';
import type { Filters } from './filters.ts';
import type { SlicedIndicatorRow } from './grouping.ts';
import { wholeGrouping } from './grouping.ts';
import { indicatorByGroupSql, loadIndicatorByGroup } from './indicator-by-group.ts';
import { numOrNull } from './selection.ts';
import { inSlice, slicedQuery } from './slices.ts';

/**
 * The scale a count's agency × year grid shares over the whole peer group: min(0, lowest) to max(1, highest);
 * `perSlice`, the lowest and highest per year, kind and template, which a change of those narrows in JS.
 */
export function peerGridExtentSql(f: Filters, id: IndicatorId, perSlice = false) {
  const grid = fragment(indicatorByGroupSql(f, id, 'agency_year', perSlice));
  return perSlice
    ? sql`
    SELECT year, kind, template, min(numerator) AS low, max(numerator) AS high
    FROM (${grid})
    GROUP BY year, kind, template`
    : sql`
    SELECT least(0, min(numerator)) AS low, greatest(1, max(numerator)) AS high
    FROM (${grid})`;
}

interface SliceExtent {
  year: number;
  kind: AgencyKind;
  reportTemplate: string;
  low: number | null;
  high: number | null;
}

/** min(0, lowest) to max(1, highest) over the slices picked, as SQL's least and greatest (which skip nulls). */
function extentOf(slices: readonly SliceExtent[]): { min: number; max: number } {
  const lows = slices.flatMap((s) => (s.low === null ? [] : [s.low]));
  const highs = slices.flatMap((s) => (s.high === null ? [] : [s.high]));
  return { min: Math.min(0, ...lows), max: Math.max(1, ...highs) };
}

/**
 * The shared scale of the grid, so that every page of agencies is coloured alike: a rate's is 0–1, a count's
 * from its lowest and highest per year, kind and template, asked once for any of them.
 */
export const peerGridExtentQuery = (db: Connector, f: Filters, id: IndicatorId) =>
  slicedQuery({
    name: 'peerGridExtent',
    f,
    key: [id],
    load: async (whole): Promise<SliceExtent[]> =>
      indicator(id).unit === 'rate'
        ? []
        : (await db.query(peerGridExtentSql(whole, id, true))).map((r) => ({
            year: Number(r.year),
            kind: r.kind as AgencyKind,
            reportTemplate: String(r.template),
            low: numOrNull(r.low),
            high: numOrNull(r.high),
          })),
    pick: (slices, sel) => (indicator(id).unit === 'rate' ? { min: 0, max: 1 } : extentOf(inSlice(slices, sel))),
  });

// The rows of each agency in a whole answer, indexed once per answer: a page picks its agencies' rows from it.
const byAgency = new WeakMap<readonly SlicedIndicatorRow[], Map<string, SlicedIndicatorRow[]>>();

function rowsOfAgencies(rows: readonly SlicedIndicatorRow[], agencyIds: readonly string[]): SlicedIndicatorRow[] {
  let index = byAgency.get(rows);
  if (!index) {
    index = new Map();
    for (const r of rows) {
      const key = r.agencyId ?? '';
      const list = index.get(key);
      if (list) list.push(r);
      else index.set(key, [r]);
    }
    byAgency.set(rows, index);
  }
  return agencyIds.flatMap((a) => index.get(a) ?? []);
}

/** The peer group's whole answer per agency and year: the ranking's (the same query key, so one cache entry). */
const agencyYearAnswer = (db: Connector, f: Filters, id: IndicatorId) => ({
  name: 'indicatorByGroup',
  f,
  key: [id, wholeGrouping('agency')],
  load: (whole: Filters) => loadIndicatorByGroup(db, whole, id, wholeGrouping('agency')),
});

/**
 * The agency-year figures (with each report's template) of the agencies drawn, a page of the peer group, in
 * the years, kinds and templates picked, picked from the ranking's answer: a page, year, kind or template
 * change asks nothing, and a region change asks once for the ranking and the grids together.
 */
export const peerGridQuery = (db: Connector, f: Filters, id: IndicatorId, agencyIds: readonly string[]) =>
  slicedQuery({
    ...agencyYearAnswer(db, f, id),
    picks: `grid ${JSON.stringify(agencyIds)}`,
    pick: (rows, sel) => inSlice(rowsOfAgencies(rows, agencyIds), sel),
  });

/**
 * The years in which the peer group has reports under the filters, in order: the grids' columns. A year
 * without any (one a picked template was not used in, or not yet published) would be a column of blanks.
 */
export const peerYearsQuery = (db: Connector, f: Filters, id: IndicatorId) =>
  slicedQuery({
    ...agencyYearAnswer(db, f, id),
    picks: 'years',
    pick: (rows, sel) => [...new Set(inSlice(rows, sel).map((r) => r.year ?? 0))].sort((a, b) => a - b),
  });
