import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { filterClause } from './filters.ts';
import { numOrNull } from './selection.ts';
import { ofKinds, slicedQuery } from './slices.ts';

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

/** One row per agency with its totals over the selected years. */
export function agencyTableSql(f: Filters) {
  return sql`
    SELECT agency_id, agency_name, kind,
           count(*) AS reports,
           sum(received_new) AS received_new,
           sum(processed_total) AS processed_total,
           sum(granted + partially_granted) / nullif(sum(processed_total), 0) AS disclosure_rate,
           sum(review_total) AS reviews,
           sum(litigation_total) AS suits
    FROM report_summary
    WHERE ${filterClause(f)}
    GROUP BY agency_id, agency_name, kind
    ORDER BY received_new DESC NULLS LAST, agency_id`;
}

/** The agencies of every kind, asked per set of years: a kind change picks rows and asks nothing. */
export const agencyTableQuery = (db: Connector, f: Filters) =>
  slicedQuery({
    name: 'agencyTable',
    f,
    key: [],
    spans: ['kinds'],
    load: async (whole): Promise<AgencyTableRow[]> =>
      (await db.query(agencyTableSql(whole))).map((r) => ({
        agencyId: String(r.agency_id),
        name: String(r.agency_name),
        kind: r.kind as AgencyKind,
        reports: Number(r.reports),
        receivedNew: numOrNull(r.received_new),
        processedTotal: numOrNull(r.processed_total),
        disclosureRate: numOrNull(r.disclosure_rate),
        reviews: numOrNull(r.reviews),
        suits: numOrNull(r.suits),
      })),
    pick: (rows, sel) => ofKinds(rows, sel.kinds),
  });
