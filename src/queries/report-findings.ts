import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import type { Severity } from '../domain/index.ts';
import { numOrNull, textOrNull } from './selection.ts';

export interface ReportFinding {
  rule: string;
  severity: Severity;
  cells: string[];
  expected: number | null;
  actual: number | null;
  messageZh: string;
  messageEn: string;
  relatedReportId: string | null;
}

/** Findings of one report, errors first. */
export function reportFindingsSql(reportId: string) {
  return sql`
    SELECT rule, severity, cells, expected, actual, message_zh, message_en, related_report_id
    FROM findings
    WHERE report_id = ${reportId}
    ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rule, message_zh`;
}

export const reportFindingsQuery = (db: Connector, reportId: string) =>
  queryOptions({
    queryKey: ['reportFindings', reportId],
    queryFn: async (): Promise<ReportFinding[]> =>
      (await db.query(reportFindingsSql(reportId))).map((r) => ({
        rule: String(r.rule),
        severity: r.severity as Severity,
        cells: Array.from((r.cells ?? []) as Iterable<unknown>, String),
        expected: numOrNull(r.expected),
        actual: numOrNull(r.actual),
        messageZh: String(r.message_zh),
        messageEn: String(r.message_en),
        relatedReportId: textOrNull(r.related_report_id),
      })),
  });
