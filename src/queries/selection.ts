import type { SqlFragment } from '../db/index.ts';
import { fragment, sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import { AGENCY_KINDS } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { filterClause, noDoubleCounting } from './filters.ts';

/**
 * `report_id IN (…)` for the reports a Filters selects, for tables without the filter columns (disclosure,
 * cells). Jurisdiction aggregates are left out as in `noDoubleCounting`: these are sums. Slow over millions of
 * rows (text ids matched in a join): the pivots carry the filter columns instead.
 */
export function selectedReports(f: Filters): SqlFragment {
  return fragment(sql`report_id IN (SELECT report_id FROM report_list WHERE ${filterClause(f)} AND ${noDoubleCounting(f)})`);
}

/** The same Filters with the kinds `noDoubleCounting` keeps, for generic queries (indicatorByGroup) summed across kinds. */
export function summableFilters(f: Filters): Filters {
  if (f.kinds.length > 0 && f.kinds.every((k) => k === 'jurisdiction')) return f;
  const kinds: AgencyKind[] = (f.kinds.length ? f.kinds : AGENCY_KINDS).filter((k) => k !== 'jurisdiction');
  return { ...f, kinds };
}

export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
