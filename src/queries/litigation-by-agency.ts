import type { Connector, Row } from '../db/index.ts';
import { fragment, sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { filterClause, sliceSums } from './filters.ts';
import { numOrNull, summableFilters } from './selection.ts';
import { addUp, inSlice, slicedQuery } from './slices.ts';

export interface LitigationByAgencyRow {
  agencyId: string;
  name: string;
  kind: AgencyKind;
  reviews: number | null;
  /** Correction rate terms over reports that fill corrected, total and pending (as the indicator library). */
  reviewCorrected: number | null;
  reviewClosed: number | null;
  suits: number | null;
  suitCorrected: number | null;
  suitClosed: number | null;
}

/** Agencies that drew administrative reviews or suits in the selection, most cases first. */
export function litigationByAgencySql(f: Filters) {
  return sql`
    WITH base AS (${fragment(litigationBaseSql(f, false))})
    SELECT agency_id, agency_name, kind, ${fragment(SUMS)}, sum(processed_total) AS processed_total
    FROM base
    GROUP BY agency_id, agency_name, kind
    HAVING coalesce(sum(review_total), 0) + coalesce(sum(litigation_total), 0) > 0
    ORDER BY coalesce(sum(review_total), 0) + coalesce(sum(litigation_total), 0) DESC, agency_id`;
}

/**
 * The same sums per agency and year (with the report's template) for every kind the filters select, aggregates
 * included (what a year, kind or template change picks and adds up in JS), for the agencies with a review or suit in some year: no choice of years ranks
 * the others. Every year of those agencies stays, so that a sum is 0 where SQL's is and null where it is; a
 * province's 70,000 agency-years are some 30,000.
 */
export function litigationByAgencyYearSql(f: Filters) {
  return sql`
    WITH base AS (${fragment(litigationBaseSql(f, true))})
    SELECT agency_id, agency_name, kind, year, template AS report_template, ${fragment(SUMS)}
    FROM base
    GROUP BY agency_id, agency_name, kind, year, template
    QUALIFY sum(coalesce(sum(review_total), 0) + coalesce(sum(litigation_total), 0)) OVER (PARTITION BY agency_id) > 0
    ORDER BY agency_id, year`;
}

// The base names its columns (not *): about a fifth less time over the 70,000 reports of a province.
function litigationBaseSql(f: Filters, perSlice: boolean) {
  return sql`
      SELECT agency_id, agency_name, kind, year, template, review_total, review_corrected, review_pending,
             litigation_total, litigation_corrected, litigation_pending, processed_total,
             review_corrected IS NOT NULL AND review_total IS NOT NULL AND review_pending IS NOT NULL AS review_complete,
             litigation_corrected IS NOT NULL AND litigation_total IS NOT NULL AND litigation_pending IS NOT NULL AS suit_complete
      FROM report_summary
      WHERE ${filterClause(f)} AND ${sliceSums(f, perSlice).rule}`;
}

const SUMS = sql`sum(review_total) AS reviews,
           sum(review_corrected) FILTER (WHERE review_complete) AS review_corrected,
           sum(review_total - review_pending) FILTER (WHERE review_complete) AS review_closed,
           sum(litigation_total) AS suits,
           sum(litigation_corrected) FILTER (WHERE suit_complete) AS suit_corrected,
           sum(litigation_total - litigation_pending) FILTER (WHERE suit_complete) AS suit_closed`;

type AgencyYearRow = LitigationByAgencyRow & { year: number; reportTemplate: string };

const SUMMED = ['reviews', 'reviewCorrected', 'reviewClosed', 'suits', 'suitCorrected', 'suitClosed'] as const;
const cases = (r: LitigationByAgencyRow) => (r.reviews ?? 0) + (r.suits ?? 0);

/** litigationByAgencySql's rows from the sums per agency and year of every kind: picked, added up, kept and ordered alike. */
function agenciesOf(rows: readonly AgencyYearRow[], f: Filters): LitigationByAgencyRow[] {
  return addUp(inSlice(rows, summableFilters(f)), (r) => r.agencyId, SUMMED, ['year', 'reportTemplate'])
    .filter((r) => cases(r) > 0)
    .sort((a, b) => cases(b) - cases(a) || (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0));
}

const toRow = (r: Row): AgencyYearRow => ({
  agencyId: String(r.agency_id),
  name: String(r.agency_name),
  kind: r.kind as AgencyKind,
  year: Number(r.year),
  reportTemplate: String(r.report_template),
  reviews: numOrNull(r.reviews),
  reviewCorrected: numOrNull(r.review_corrected),
  reviewClosed: numOrNull(r.review_closed),
  suits: numOrNull(r.suits),
  suitCorrected: numOrNull(r.suit_corrected),
  suitClosed: numOrNull(r.suit_closed),
});

/** The agencies with reviews or suits in the selection, added up from their sums per year: a year, kind or template change asks nothing. */
export const litigationByAgencyQuery = (db: Connector, f: Filters) =>
  slicedQuery({
    name: 'litigationByAgency',
    f,
    key: [],
    load: async (whole) => (await db.query(litigationByAgencyYearSql(whole))).map(toRow),
    pick: agenciesOf,
  });
