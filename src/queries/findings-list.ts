import { queryOptions } from '@tanstack/react-query';
import type { Connector, SqlFragment } from '../db/index.ts';
import { fragment, ident, inList, sql } from '../db/index.ts';
import type { AgencyKind, Severity } from '../domain/index.ts';
import { cellLabel } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { filterClause } from './filters.ts';
import { addUp, inRegions, inSlice, REGIONS_TOO, slicedQuery } from './slices.ts';
import { numOrNull, textOrNull } from './selection.ts';

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
  /** The report's template (v2019, v2021, mixed). */
  reportTemplate: string;
  city: string | null;
  county: string | null;
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

/**
 * Findings of the reports the dashboard filters select, narrowed by agency and year. report_summary carries
 * every filter column, so nothing joins reports to agencies (a province has 70,000 reports).
 */
function scoped(f: Filters, q: Pick<FindingsFilter, 'agencies' | 'years'>): SqlFragment {
  return fragment(sql`findings f
    JOIN (SELECT report_id, agency_id, agency_name, kind, year, template, city, county FROM report_summary
          WHERE ${filterClause(f)} AND ${inList(ident('agency_id'), q.agencies)} AND ${inList(ident('year'), q.years)}) s
      USING (report_id)`);
}

/** A finding cell's name, from cell_keys for the template of the cell's table (the view names them in JS: cellLabel). */
const CELL_LABELS = fragment(sql`list_transform(f.cells, lambda c: coalesce(
      k.label[CASE split_part(c, '.', 1) WHEN 't2' THEN r.t2_template WHEN 't3' THEN r.t3_template ELSE r.t4_template END || ' ' || c], c))`);

/**
 * The findings list, errors first, then by agency kind, agency and year. The view reads each cell table's
 * template and names the cells itself (and reads the report's template, which it picks by); `withLabels` names them in SQL instead (exports run this).
 */
export function findingsListSql(f: Filters, q: FindingsFilter, withLabels = false) {
  const labelColumns = withLabels
    ? fragment(sql`${CELL_LABELS} AS cell_labels`)
    : fragment(sql`r.t2_template, r.t3_template, r.t4_template, s.template AS report_template, s.city, s.county`);
  const labelMap = withLabels
    ? fragment(sql`CROSS JOIN (SELECT map_from_entries(list((template || ' ' || key,
        CASE WHEN caption <> '' THEN caption || ' ' ELSE '' END || row_label || ' · ' || col_label))) AS label FROM cell_keys) k`)
    : fragment(sql``);
  return sql`
    SELECT f.report_id, s.agency_id, s.agency_name, s.kind, s.year, f.rule, f.severity, f.message_zh, f.message_en,
           f.cells, ${labelColumns}, f.expected, f.actual, f.related_report_id,
           rl.agency_name AS related_agency_name, rl.year AS related_year
    FROM ${scoped(f, q)}
    JOIN reports r USING (report_id)
    LEFT JOIN report_summary rl ON rl.report_id = f.related_report_id
    ${labelMap}
    WHERE ${inList(ident('rule'), q.rules)} AND ${inList(ident('severity'), q.severities)}
    ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
             s.kind, s.agency_id, s.year, f.rule, f.message_zh`;
}

/**
 * Findings per rule and severity within the selected agency and years (rule and severity left open);
 * `perSlice`, per report year, agency kind and report template too, for a change of those to add up in JS.
 */
export function findingCountsSql(f: Filters, q: Pick<FindingsFilter, 'agencies' | 'years'>, perSlice = false) {
  return sql`
    SELECT f.rule, f.severity, ${perSlice ? fragment(sql`s.year, s.kind, s.template AS report_template, s.city, s.county, `) : fragment(sql``)}count(*) AS n
    FROM ${scoped(f, q)}
    GROUP BY ALL
    ORDER BY f.rule, f.severity`;
}

const strings = (v: unknown): string[] => Array.from((v ?? []) as Iterable<unknown>, String);
const tableTemplate = (r: Record<string, unknown>, key: string): string | null => textOrNull(r[`${key.split('.')[0]}_template`]);

/**
 * The findings of every year, kind, template and region of the selection, asked once: a change of those picks
 * them (a province's findings are a few hundred rows).
 */
export const findingsListQuery = (db: Connector, f: Filters, q: FindingsFilter) =>
  slicedQuery({
    name: 'findingsList',
    f,
    key: [q],
    spans: REGIONS_TOO,
    load: async (whole): Promise<FindingRow[]> =>
      (await db.query(findingsListSql(whole, q))).map((r) => ({
        reportId: String(r.report_id),
        agencyId: String(r.agency_id),
        agencyName: String(r.agency_name),
        kind: r.kind as AgencyKind,
        year: Number(r.year),
        reportTemplate: String(r.report_template),
        city: textOrNull(r.city),
        county: textOrNull(r.county),
        rule: String(r.rule),
        severity: r.severity as Severity,
        messageZh: String(r.message_zh),
        messageEn: String(r.message_en),
        cells: strings(r.cells),
        cellLabels: strings(r.cells).map((key) => cellLabel(tableTemplate(r, key), key)),
        expected: numOrNull(r.expected),
        actual: numOrNull(r.actual),
        relatedReportId: textOrNull(r.related_report_id),
        relatedAgencyName: textOrNull(r.related_agency_name),
        relatedYear: numOrNull(r.related_year),
      })),
    pick: (rows, sel) => inRegions(inSlice(rows, sel), sel),
  });

/** Count of findings of one rule and severity. */
export interface FindingCount {
  rule: string;
  severity: Severity;
  count: number;
}

type SliceCount = FindingCount & { year: number; kind: AgencyKind; reportTemplate: string; city: string | null; county: string | null };

/** Counts per rule and severity, added up from the counts per year, kind, template and region of the whole selection. */
export const findingCountsQuery = (db: Connector, f: Filters, q: Pick<FindingsFilter, 'agencies' | 'years'>) =>
  slicedQuery({
    name: 'findingCounts',
    f,
    key: [{ agencies: q.agencies, years: q.years }],
    spans: REGIONS_TOO,
    load: async (whole): Promise<SliceCount[]> =>
      (await db.query(findingCountsSql(whole, q, true))).map((r) => ({
        rule: String(r.rule),
        severity: r.severity as Severity,
        year: Number(r.year),
        kind: r.kind as AgencyKind,
        reportTemplate: String(r.report_template),
        city: textOrNull(r.city),
        county: textOrNull(r.county),
        count: Number(r.n),
      })),
    pick: (rows, sel): FindingCount[] =>
      addUp(inRegions(inSlice(rows, sel), sel), (r) => `${r.rule} ${r.severity}`, ['count'], ['year', 'kind', 'reportTemplate', 'city', 'county']),
  });
