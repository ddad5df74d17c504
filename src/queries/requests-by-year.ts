import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { filterClause, kindSums } from './filters.ts';
import { summableFilters } from './selection.ts';
import { inSlice, slicedQuery } from './slices.ts';

export interface RequestsByYearRow {
  year: number;
  kind: AgencyKind;
  receivedNew: number;
  reports: number;
  /** Reports whose received_new total is blank or ambiguous, so the sum leaves them out. */
  reportsWithoutFigure: number;
}

/**
 * New requests received (t3 一、本年新收 总计) per year and agency kind, jurisdiction totals kept apart; `perKind`,
 * every kind the filters select, aggregates included (see kindSums).
 */
export function requestsByYearSql(f: Filters, perKind = false) {
  return sql`
    SELECT year, kind,
           coalesce(sum(received_new), 0) AS received_new,
           count(*) AS reports,
           count(*) FILTER (WHERE received_new IS NULL) AS reports_without_figure
    FROM report_summary
    WHERE ${filterClause(f)} AND ${kindSums(f, perKind).rule}
    GROUP BY year, kind
    ORDER BY year, kind`;
}

/** The rows of requestsByYearSql, typed (also for the print brief, which reads them outside react-query). */
export async function loadRequestsByYear(db: Connector, f: Filters, perKind = false): Promise<RequestsByYearRow[]> {
  return (await db.query(requestsByYearSql(f, perKind))).map((r) => ({
    year: Number(r.year),
    kind: r.kind as AgencyKind,
    receivedNew: Number(r.received_new),
    reports: Number(r.reports),
    reportsWithoutFigure: Number(r.reports_without_figure),
  }));
}

export const requestsByYearQuery = (db: Connector, f: Filters) =>
  slicedQuery({
    name: 'requestsByYear',
    f,
    key: [],
    load: (whole) => loadRequestsByYear(db, whole, true),
    pick: (rows, sel) => inSlice(rows, summableFilters(sel)),
  });
