import type { Connector } from '../db/index.ts';
import { fragment, sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { filterClause } from './filters.ts';
import { numOrNull } from './selection.ts';
import { addUp, ofKinds, ofTemplates, slicedQuery } from './slices.ts';

export interface AgencyTableRow {
  agencyId: string;
  name: string;
  kind: AgencyKind;
  reports: number;
  receivedNew: number | null;
  processedTotal: number | null;
  /** (granted + partially granted) / processed, over the selected years; null when nothing was processed. */
  disclosureRate: number | null;
  reviews: number | null;
  suits: number | null;
}

/**
 * One row per agency with its totals over the selected years; `perSlice`, per agency and report template, over
 * every template the filters select, with the disclosure rate's numerator (a sliced query's whole answer).
 */
export function agencyTableSql(f: Filters, perSlice = false) {
  const template = perSlice ? fragment(sql`, template AS report_template, sum(granted + partially_granted) AS disclosed`) : fragment(sql``);
  return sql`
    SELECT agency_id, agency_name, kind,
           count(*) AS reports,
           sum(received_new) AS received_new,
           sum(processed_total) AS processed_total,
           sum(granted + partially_granted) / nullif(sum(processed_total), 0) AS disclosure_rate,
           sum(review_total) AS reviews,
           sum(litigation_total) AS suits${template}
    FROM report_summary
    WHERE ${filterClause(f)}
    GROUP BY ALL
    ORDER BY received_new DESC NULLS LAST, agency_id`;
}

type AgencyTemplateRow = AgencyTableRow & { reportTemplate: string; disclosed: number | null };

const SUMMED = ['reports', 'receivedNew', 'processedTotal', 'disclosed', 'reviews', 'suits'] as const;

/** Received new requests, most first, blanks last; then by agency id (agencyTableSql's order). */
function byReceived(a: AgencyTableRow, b: AgencyTableRow): number {
  if (a.receivedNew !== b.receivedNew) {
    if (a.receivedNew === null) return 1;
    if (b.receivedNew === null) return -1;
    return b.receivedNew - a.receivedNew;
  }
  return a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0;
}

/** agencyTableSql's rows from the sums per agency and template: picked, added up and ordered alike. */
function agenciesOf(rows: readonly AgencyTemplateRow[], f: Filters): AgencyTableRow[] {
  const agencies = addUp(ofTemplates(ofKinds(rows, f.kinds), f.templates ?? []), (r) => r.agencyId, SUMMED, ['reportTemplate']);
  for (const a of agencies) a.disclosureRate = a.disclosed !== null && a.processedTotal ? a.disclosed / a.processedTotal : null;
  return agencies.sort(byReceived);
}

/** The agencies of every kind and template, asked per set of years: a kind or template change picks rows and asks nothing. */
export const agencyTableQuery = (db: Connector, f: Filters) =>
  slicedQuery({
    name: 'agencyTable',
    f,
    key: [],
    spans: ['kinds', 'templates'],
    load: async (whole): Promise<AgencyTemplateRow[]> =>
      (await db.query(agencyTableSql(whole, true))).map((r) => ({
        agencyId: String(r.agency_id),
        name: String(r.agency_name),
        kind: r.kind as AgencyKind,
        reportTemplate: String(r.report_template),
        reports: Number(r.reports),
        receivedNew: numOrNull(r.received_new),
        processedTotal: numOrNull(r.processed_total),
        disclosed: numOrNull(r.disclosed),
        disclosureRate: null,
        reviews: numOrNull(r.reviews),
        suits: numOrNull(r.suits),
      })),
    pick: agenciesOf,
  });
