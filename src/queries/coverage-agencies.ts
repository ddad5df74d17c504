import type { Connector, SqlFragment } from '../db/index.ts';
import { fragment, ident, inList, sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { inRegions, ofKinds, slicedQuery } from './slices.ts';
import { textOrNull } from './selection.ts';

/** An agency of the coverage matrix's rows. */
export interface CoverageAgency {
  agencyId: string;
  name: string;
  kind: AgencyKind;
  city: string | null;
  county: string | null;
}

/** Agencies with a report in the dataset, narrowed by kind, city, county and agency (years and templates leave rows alone). */
export function selectedAgencies(f: Filters): SqlFragment {
  return fragment(sql`
    SELECT a.agency_id, a.name AS agency_name, a.kind, a.city, a.county FROM agencies a
    WHERE a.agency_id IN (SELECT agency_id FROM reports WHERE dataset = ${f.dataset})
      AND ${inList(ident('kind'), f.kinds)}
      AND ${inList(ident('city'), f.cities ?? [])}
      AND ${inList(ident('county'), f.counties ?? [])}
      AND ${inList(ident('agency_id'), f.agencies ?? [])}`);
}

/** The rows of the coverage matrix (ordered for display by the view: pinyin is not an order DuckDB knows). */
export function coverageAgenciesSql(f: Filters) {
  return sql`${selectedAgencies(f)} ORDER BY a.kind, a.agency_id`;
}

/** The filters that choose the matrix's rows (years choose its columns; templates only dim its cells). */
export const rowFilters = (f: Filters) =>
  ({ dataset: f.dataset, kinds: f.kinds, cities: f.cities ?? [], counties: f.counties ?? [], agencies: f.agencies ?? [] });

/**
 * Keyed by the filters that choose rows only, but kinds and regions: a year, template, kind or region change
 * reuses a province's 10,000 agencies (a kind or region change picks them in JS).
 */
export const coverageAgenciesQuery = (db: Connector, f: Filters) =>
  slicedQuery({
    name: 'coverageAgencies',
    f,
    key: [],
    spans: ['kinds', 'cities', 'counties'],
    keyOf: rowFilters,
    load: async (whole): Promise<CoverageAgency[]> =>
      (await db.query(coverageAgenciesSql(whole))).map((r) => ({
        agencyId: String(r.agency_id),
        name: String(r.agency_name),
        kind: r.kind as AgencyKind,
        city: textOrNull(r.city),
        county: textOrNull(r.county),
      })),
    pick: (rows, sel) => inRegions(ofKinds(rows, sel.kinds), sel),
  });
