import { queryOptions } from '@tanstack/react-query';
import type { Connector, SqlFragment } from '../db/index.ts';
import { fragment, ident, inList, sql } from '../db/index.ts';
import type { AgencyKind, Severity } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { filterClause } from './filters.ts';

/** The quality view's own narrowing of findings, on top of the dashboard filters. Empty = all. */
export interface FindingsFilter {
  rules: readonly string[];
  severities: readonly Severity[];
  agencies: readonly string[];
  years: readonly number[];
}

/** One finding with the report it belongs to and readable names for its cells. */
export interface FindingRow {
  reportId: string;
  agencyId: string;
  agencyName: string;
  kind: AgencyKind;
  year: number;
  rule: string;
  severity: Severity;
  messageZh: string;
  messageEn: string;
  cells: string[];
  /** Template labels of `cells`, in the same order (the key itself when the template has no label). */
  cellLabels: string[];
  expected: number | null;
  actual: number | null;
  relatedReportId: string | null;
  relatedAgencyName: string | null;
  relatedYear: number | null;
}

/** Findings joined to the reports the dashboard filters select, narrowed by agency and year. */
function scoped(f: Filters, q: Pick<FindingsFilter, 'agencies' | 'years'>): SqlFragment {
  return fragment(sql`findings f
    JOIN (SELECT * FROM report_list WHERE ${filterClause(f)}) l USING (report_id)
    WHERE ${inList(ident('agency_id'), q.agencies)} AND ${inList(ident('year'), q.years)}`);
}

/**
 * The findings list, errors first, then by agency kind, agency and year. Named so exports can run the same
 * SQL the view shows (cell labels come from cell_keys for the template of each cell's table).
 */
export function findingsListSql(f: Filters, q: FindingsFilter) {
  return sql`
    WITH listed AS (
      SELECT f.report_id, l.agency_id, l.agency_name, l.kind, l.year, f.rule, f.severity,
             f.message_zh, f.message_en, f.cells, f.expected, f.actual, f.related_report_id,
             l.t2_template, l.t3_template, l.t4_template,
             row_number() OVER (ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
                                l.kind, l.agency_id, l.year, f.rule, f.message_zh) AS n
      FROM ${scoped(f, q)}
        AND ${inList(ident('rule'), q.rules)} AND ${inList(ident('severity'), q.severities)}
    ),
    cell AS (
      SELECT n, unnest(cells) AS key, unnest(range(1, len(cells) + 1)) AS i, t2_template, t3_template, t4_template
      FROM listed
    ),
    labels AS (
      SELECT c.n,
             list(coalesce(CASE WHEN k.caption <> '' THEN k.caption || ' ' ELSE '' END
                           || k.row_label || ' · ' || k.col_label, c.key) ORDER BY c.i) AS cell_labels
      FROM cell c LEFT JOIN cell_keys k ON k.key = c.key AND k.template = CASE split_part(c.key, '.', 1)
        WHEN 't2' THEN c.t2_template WHEN 't3' THEN c.t3_template ELSE c.t4_template END
      GROUP BY c.n
    )
    SELECT x.report_id, x.agency_id, x.agency_name, x.kind, x.year, x.rule, x.severity, x.message_zh, x.message_en,
           x.cells, coalesce(b.cell_labels, []) AS cell_labels, x.expected, x.actual, x.related_report_id,
           rl.agency_name AS related_agency_name, rl.year AS related_year
    FROM listed x
    LEFT JOIN labels b USING (n)
    LEFT JOIN report_list rl ON rl.report_id = x.related_report_id
    ORDER BY x.n`;
}

/** Findings per rule and severity within the selected agency and years (rule and severity left open). */
export function findingCountsSql(f: Filters, q: Pick<FindingsFilter, 'agencies' | 'years'>) {
  return sql`
    SELECT f.rule, f.severity, count(*) AS n
    FROM ${scoped(f, q)}
    GROUP BY f.rule, f.severity
    ORDER BY f.rule, f.severity`;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const strings = (v: unknown): string[] => Array.from((v ?? []) as Iterable<unknown>, String);

export const findingsListQuery = (db: Connector, f: Filters, q: FindingsFilter) =>
  queryOptions({
    queryKey: ['findingsList', f, q],
    queryFn: async (): Promise<FindingRow[]> =>
      (await db.query(findingsListSql(f, q))).map((r) => ({
        reportId: String(r.report_id),
        agencyId: String(r.agency_id),
        agencyName: String(r.agency_name),
        kind: r.kind as AgencyKind,
        year: Number(r.year),
        rule: String(r.rule),
        severity: r.severity as Severity,
        messageZh: String(r.message_zh),
        messageEn: String(r.message_en),
        cells: strings(r.cells),
        cellLabels: strings(r.cell_labels),
        expected: num(r.expected),
        actual: num(r.actual),
        relatedReportId: str(r.related_report_id),
        relatedAgencyName: str(r.related_agency_name),
        relatedYear: num(r.related_year),
      })),
  });

/** Count of findings of one rule and severity. */
export interface FindingCount {
  rule: string;
  severity: Severity;
  count: number;
}

export const findingCountsQuery = (db: Connector, f: Filters, q: Pick<FindingsFilter, 'agencies' | 'years'>) =>
  queryOptions({
    queryKey: ['findingCounts', f, { agencies: q.agencies, years: q.years }],
    queryFn: async (): Promise<FindingCount[]> =>
      (await db.query(findingCountsSql(f, q))).map((r) => ({
        rule: String(r.rule),
        severity: r.severity as Severity,
        count: Number(r.n),
      })),
  });
