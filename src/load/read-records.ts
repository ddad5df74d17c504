import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import type { AgencyKind, CellValue, ExtraRow, ReportRecord, TableId, Template } from '../domain/index.ts';

interface ReportRow extends Record<string, unknown> {
  report_id: string;
  agency_id: string;
  name: string;
  kind: AgencyKind;
  province: string | null;
  city: string | null;
  county: string | null;
  year: number;
  template: Template | 'mixed';
  t2_template: Template | null;
  t3_template: Template | null;
  t4_template: Template | null;
  source_file: string;
  title: string;
  publish_date: string | null;
  dataset: string;
  narrative_json: string | null;
  extra_rows_json: string | null;
  ambiguous_json: string | null;
}

interface CellRow extends Record<string, unknown> {
  report_id: string;
  key: string;
  value: number | null;
  raw: string | null;
  unit: CellValue['unit'] | null;
}

function json<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function tables(r: ReportRow): Partial<Record<TableId, Template>> {
  const out: Partial<Record<TableId, Template>> = {};
  if (r.t2_template) out.t2 = r.t2_template;
  if (r.t3_template) out.t3 = r.t3_template;
  if (r.t4_template) out.t4 = r.t4_template;
  return out;
}

/** Read every loaded report back as ReportRecords (for the consistency checks). */
export async function readRecords(db: Connector): Promise<ReportRecord[]> {
  const reports = await db.query<ReportRow>(sql`
    SELECT r.report_id, r.agency_id, a.name, a.kind, a.province, a.city, a.county, r.year, r.template,
           r.t2_template, r.t3_template, r.t4_template, r.source_file, r.title,
           CAST(r.publish_date AS VARCHAR) AS publish_date, r.dataset,
           r.narrative_json, r.extra_rows_json, r.ambiguous_json
    FROM reports r JOIN agencies a USING (agency_id)
    ORDER BY r.report_id`);
  const cells = await db.query<CellRow>(sql`SELECT report_id, key, value, raw, unit FROM cells ORDER BY report_id`);
  const byReport = new Map<string, Record<string, CellValue>>();
  for (const c of cells) {
    let record = byReport.get(c.report_id);
    if (!record) byReport.set(c.report_id, (record = {}));
    record[c.key] = { value: c.value, raw: c.raw ?? '', ...(c.unit ? { unit: c.unit } : {}) };
  }
  return reports.map((r) => ({
    agency: { id: r.agency_id, name: r.name, kind: r.kind, province: r.province ?? '', city: r.city ?? '', county: r.county ?? '' },
    year: Number(r.year),
    template: r.template,
    tables: tables(r),
    sourceFile: r.source_file,
    title: r.title,
    publishDate: r.publish_date,
    cells: byReport.get(r.report_id) ?? {},
    extraRows: json<ExtraRow[]>(r.extra_rows_json, []),
    narrative: json<Record<string, string>>(r.narrative_json, {}),
    issues: [],
    ambiguous: json<Record<string, number[]>>(r.ambiguous_json, {}),
    dataset: r.dataset,
  }));
}
