import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import { ensureReportLoaded } from '../load/index.ts';
import type { AgencyKind, ExtraRow, TableId, Template } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { filterClause } from './filters.ts';
import { textOrNull } from './selection.ts';

export interface ReportMeta {
  reportId: string;
  agencyId: string;
  agencyName: string;
  kind: AgencyKind;
  county: string | null;
  year: number;
  template: string;
  /** Template of each table; null when the report has no such table. */
  tables: Record<TableId, Template | null>;
  title: string;
  publishDate: string | null;
  sourceFile: string;
  dataset: string;
  /** Sections 一/五/六 as plain text, keyed by numeral. */
  narrative: Record<string, string>;
  extraRows: ExtraRow[];
  /** Cells the document cannot settle, with their candidate values. */
  ambiguous: Record<string, number[]>;
  /** JSON columns that could not be read (shown as a warning, never guessed). */
  unreadable: string[];
}

export interface ReportListItem {
  reportId: string;
  agencyId: string;
  agencyName: string;
  year: number;
}

export function reportMetaSql(reportId: string) {
  return sql`
    SELECT l.report_id, l.agency_id, l.agency_name, l.kind, l.county, l.year, l.template,
           l.t2_template, l.t3_template, l.t4_template, l.title, CAST(l.publish_date AS VARCHAR) AS publish_date,
           l.source_file, l.dataset, r.narrative_json, r.extra_rows_json, r.ambiguous_json
    FROM report_list l JOIN reports r USING (report_id)
    WHERE l.report_id = ${reportId}`;
}

/** Reports of the filters' selection, for the report picker. */
export function reportListSql(f: Filters) {
  return sql`
    SELECT report_id, agency_id, agency_name, year FROM report_list
    WHERE ${filterClause(f)}
    ORDER BY agency_id, year`;
}

const tpl = (v: unknown): Template | null => (v === 'v2019' || v === 'v2021' ? v : null);

/** Parse a JSON column; an unreadable one is recorded by name and read as empty. */
function parseJson<T>(text: unknown, empty: T, name: string, unreadable: string[], valid: (v: unknown) => v is T): T {
  if (text === null || text === undefined || text === '') return empty;
  try {
    const v: unknown = JSON.parse(String(text));
    if (valid(v)) return v;
  } catch {
    // fall through: recorded below
  }
  unreadable.push(name);
  return empty;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNarrative = (v: unknown): v is Record<string, string> => isRecord(v) && Object.values(v).every((x) => typeof x === 'string');
const isExtraRows = (v: unknown): v is ExtraRow[] =>
  Array.isArray(v) && v.every((r) => isRecord(r) && typeof r.label === 'string' && Array.isArray(r.raw) && Array.isArray(r.values));
const isAmbiguous = (v: unknown): v is Record<string, number[]> =>
  isRecord(v) && Object.values(v).every((x) => Array.isArray(x) && x.every((n) => typeof n === 'number'));

/** Map one report_list + reports row to ReportMeta (pure). */
export function toReportMeta(r: Record<string, unknown>): ReportMeta {
  const unreadable: string[] = [];
  return {
    reportId: String(r.report_id),
    agencyId: String(r.agency_id),
    agencyName: String(r.agency_name),
    kind: r.kind as AgencyKind,
    county: textOrNull(r.county),
    year: Number(r.year),
    template: String(r.template),
    tables: { t2: tpl(r.t2_template), t3: tpl(r.t3_template), t4: tpl(r.t4_template) },
    title: String(r.title),
    publishDate: textOrNull(r.publish_date),
    sourceFile: String(r.source_file),
    dataset: String(r.dataset),
    narrative: parseJson(r.narrative_json, {}, 'narrative_json', unreadable, isNarrative),
    extraRows: parseJson(r.extra_rows_json, [], 'extra_rows_json', unreadable, isExtraRows),
    ambiguous: parseJson(r.ambiguous_json, {}, 'ambiguous_json', unreadable, isAmbiguous),
    unreadable,
  };
}

/** One report's metadata, narrative, extra rows and ambiguous cells; null when the id is unknown. */
export const reportMetaQuery = (db: Connector, reportId: string) =>
  queryOptions({
    queryKey: ['reportMeta', reportId],
    queryFn: async (): Promise<ReportMeta | null> => {
      // A pack loads cells and narratives per region: this report's region first.
      await ensureReportLoaded(db, reportId);
      const [row] = await db.query(reportMetaSql(reportId));
      return row ? toReportMeta(row) : null;
    },
  });

export const reportListQuery = (db: Connector, f: Filters) =>
  queryOptions({
    queryKey: ['reportList', f],
    queryFn: async (): Promise<ReportListItem[]> =>
      (await db.query(reportListSql(f))).map((r) => ({
        reportId: String(r.report_id),
        agencyId: String(r.agency_id),
        agencyName: String(r.agency_name),
        year: Number(r.year),
      })),
  });
