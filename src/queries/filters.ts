import type { SqlFragment } from '../db/index.ts';
import { fragment, ident, inList, sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';

/** What every view is filtered by. Empty lists mean "all". */
export interface Filters {
  dataset: string;
  years: readonly number[];
  kinds: readonly AgencyKind[];
  /** Cities (a province's second level); empty = all. */
  cities?: readonly string[];
  /** Counties (the region level the demo and most users work at); empty = all. */
  counties?: readonly string[];
  /** Agency ids; empty = all. */
  agencies?: readonly string[];
  /** Report templates (v2019, v2021, mixed); empty = all. */
  templates?: readonly string[];
}

/**
 * Cities through their counties: the county is the finest region every filtered table carries (requests_cube
 * sums by county and has no city). A county name used in two cities of one dataset would match in both; the
 * county filter itself has the same limit. The counties come from report_summary, a table with the report's
 * region, rather than the report_list view, whose join cost a province's city click 8 ms per query.
 */
function inCities(f: Filters): SqlFragment {
  const cities = f.cities ?? [];
  if (cities.length === 0) return fragment(sql`TRUE`);
  return fragment(sql`county IN (SELECT DISTINCT county FROM report_summary WHERE dataset = ${f.dataset} AND ${inList(ident('city'), cities)})`);
}

/**
 * The WHERE conditions of a Filters over a table with the report's filter columns: report_summary, report_list,
 * review_litigation, and requests (whose `template` is its t3 table's, so it names the report's `report_template`).
 */
export function filterClause(f: Filters, templateColumn = 'template'): SqlFragment {
  return fragment(sql`dataset = ${f.dataset}
      AND ${inList(ident('year'), f.years)}
      AND ${inList(ident('kind'), f.kinds)}
      AND ${inCities(f)}
      AND ${inList(ident('county'), f.counties ?? [])}
      AND ${inList(ident('agency_id'), f.agencies ?? [])}
      AND ${inList(ident(templateColumn), f.templates ?? [])}`);
}

/**
 * For sums across agencies: a jurisdiction aggregate (全辖区) restates its townships and departments, so it
 * only counts when it is all the user asked for; otherwise adding it would double-count.
 */
export function noDoubleCounting(f: Filters): SqlFragment {
  const onlyAggregates = f.kinds.length > 0 && f.kinds.every((k) => k === 'jurisdiction');
  return fragment(onlyAggregates ? sql`TRUE` : sql`kind <> 'jurisdiction'`);
}

/**
 * A sum's slice columns and kind rule: over the selection, without double counting; or, `perSlice`, kept apart
 * per agency kind and report template (as `report_template`) over every kind the filters select, aggregates
 * included (a sliced query's whole answer: its pick leaves out what noDoubleCounting would, see summableFilters).
 * `templateColumn` names the report's template in the table summed (requests tables: report_template).
 */
export function sliceSums(f: Filters, perSlice: boolean, templateColumn = 'template'): { columns: SqlFragment; rule: SqlFragment } {
  return perSlice
    ? { columns: fragment(sql`kind, ${ident(templateColumn)} AS report_template, `), rule: fragment(sql`TRUE`) }
    : { columns: fragment(sql``), rule: noDoubleCounting(f) };
}
