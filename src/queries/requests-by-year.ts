import type { Connector, Row } from '../db/index.ts';
import { fragment, sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { filterClause, sliceSums } from './filters.ts';
import { summableFilters } from './selection.ts';
import { addUp, inSlice, slicedQuery } from './slices.ts';

export interface RequestsByYearRow {
  year: number;
  kind: AgencyKind;
  receivedNew: number;
  reports: number;
  /** Reports whose received_new total is blank or ambiguous, so the sum leaves them out. */
  reportsWithoutFigure: number;
}

/**
 * New requests received (t3 一、本年新收 总计) per year and agency kind, jurisdiction totals kept apart; `perSlice`,
 * per report template too, every kind the filters select, aggregates included (see sliceSums).
 */
export function requestsByYearSql(f: Filters, perSlice = false) {
  const slices = sliceSums(f, perSlice);
  return sql`
    SELECT year, ${perSlice ? slices.columns : fragment(sql`kind, `)}
           coalesce(sum(received_new), 0) AS received_new,
           count(*) AS reports,
           count(*) FILTER (WHERE received_new IS NULL) AS reports_without_figure
    FROM report_summary
    WHERE ${filterClause(f)} AND ${slices.rule}
    GROUP BY ALL
    ORDER BY year, kind`;
}

const toRow = (r: Row): RequestsByYearRow => ({
  year: Number(r.year),
  kind: r.kind as AgencyKind,
  receivedNew: Number(r.received_new),
  reports: Number(r.reports),
  reportsWithoutFigure: Number(r.reports_without_figure),
});

/** The rows of requestsByYearSql, typed (also for the print brief, which reads them outside react-query). */
export async function loadRequestsByYear(db: Connector, f: Filters): Promise<RequestsByYearRow[]> {
  return (await db.query(requestsByYearSql(f))).map(toRow);
}

const SUMMED = ['receivedNew', 'reports', 'reportsWithoutFigure'] as const;

export const requestsByYearQuery = (db: Connector, f: Filters) =>
  slicedQuery({
    name: 'requestsByYear',
    f,
    key: [],
    load: async (whole) => (await db.query(requestsByYearSql(whole, true))).map((r) => ({ ...toRow(r), reportTemplate: String(r.report_template) })),
    pick: (rows, sel): RequestsByYearRow[] => addUp(inSlice(rows, summableFilters(sel)), (r) => `${r.year} ${r.kind}`, SUMMED, ['reportTemplate']),
  });
