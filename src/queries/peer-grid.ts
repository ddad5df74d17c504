import type { Connector } from '../db/index.ts';
import { fragment, join, sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import type { IndicatorId } from '../indicators/index.ts';
import { indicator } from '../indicators/index.ts';
import type { Filters } from './filters.ts';
import type { SlicedIndicatorRow } from './grouping.ts';
import { toSlicedIndicatorRow } from './grouping.ts';
import { indicatorByGroupSql } from './indicator-by-group.ts';
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

/**
 * One indicator per agency and year (with its report's template) for the agencies drawn (a page of the peer
 * group), not the group's 70,000 agency-years at province scale. The id list is matched as plain text outside the grouping (DuckDB
 * pushes it down to the scan): `inList`'s cast to VARCHAR took twice as long over 40 ids.
 */
export function peerGridSql(f: Filters, id: IndicatorId, agencyIds: readonly string[]) {
  const ids = join(agencyIds.map((a) => fragment(sql`${a}`)), ', ');
  return sql`
    SELECT * FROM (${fragment(indicatorByGroupSql(f, id, 'agency_year', true))})
    WHERE agency_id IN (${ids})
    ORDER BY agency_id, year`;
}

/**
 * The agency-year figures of the agencies drawn (none without agencies), or of the whole group (a small one),
 * of every year, kind and template: a change of those picks rows while the agencies drawn stay.
 */
export const peerGridQuery = (db: Connector, f: Filters, id: IndicatorId, agencyIds: readonly string[] | 'whole') =>
  slicedQuery({
    name: 'peerGrid',
    f,
    key: [id, agencyIds],
    load: async (whole): Promise<SlicedIndicatorRow[]> => {
      if (agencyIds !== 'whole' && agencyIds.length === 0) return [];
      const isRate = indicator(id).unit === 'rate';
      const q = agencyIds === 'whole' ? indicatorByGroupSql(whole, id, 'agency_year', true) : peerGridSql(whole, id, agencyIds);
      return (await db.query(q)).map((r) => toSlicedIndicatorRow(r, isRate, r.numerator, r.denominator, r.reports_without_figure));
    },
    pick: inSlice,
  });
