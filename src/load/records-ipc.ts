import type { Data, Vector } from 'apache-arrow';
import { tableFromIPC } from 'apache-arrow';
import type { AgencyKind, CellValue, ExtraRow, ReportRecord, TableId, Template } from '../domain/index.ts';
import { cellKeys, TEMPLATES } from '../domain/index.ts';

/** Every canonical cell key of both templates, sorted: a cell's `k` is its position here. */
export const CELL_KEYS: readonly string[] = [...new Set(TEMPLATES.flatMap((t) => cellKeys(t).map((k) => k.key)))].sort();

/** Every loaded report as read from DuckDB (see readRecordsIpc): three Arrow IPC streams, undecoded. */
export interface RecordsIpc {
  /** One row per report, in report_id order. */
  reports: Uint8Array;
  /** One row per cell with a canonical key: report position `r`, key position `k`, value `v`. */
  cells: Uint8Array;
  /** Cells told in full (`r`, key, v, raw, unit): raw text other than the value's, a unit, or an unknown key. */
  exceptions: Uint8Array;
}

/** A report row as read (reports joined with agencies): what DuckDB and the dataset files both give. */
export interface ReportRow {
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

/** Rows of a small result (reports, keys) as objects; BIGINT comes as number already (castBigIntToDouble). */
function rowsOf<T>(bytes: Uint8Array): T[] {
  const table = tableFromIPC(bytes);
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((n) => table.getChild(n) as Vector);
  return Array.from({ length: table.numRows }, (_, i) => {
    const row: Record<string, unknown> = {};
    names.forEach((n, c) => (row[n] = columns[c]?.get(i) ?? null));
    return row as T;
  });
}

const isValid = (d: Data, i: number): boolean =>
  d.nullCount === 0 || !d.nullBitmap || d.nullBitmap.length === 0 || (((d.nullBitmap[(d.offset + i) >> 3] ?? 0) >> ((d.offset + i) & 7)) & 1) === 1;

/** A report row and its cells as a ReportRecord. */
export function toRecord(r: ReportRow, cells: Record<string, CellValue>): ReportRecord {
  return {
    agency: { id: r.agency_id, name: r.name, kind: r.kind, province: r.province ?? '', city: r.city ?? '', county: r.county ?? '' },
    year: Number(r.year),
    template: r.template,
    tables: tables(r),
    sourceFile: r.source_file,
    title: r.title,
    publishDate: r.publish_date,
    cells,
    extraRows: json<ExtraRow[]>(r.extra_rows_json, []),
    narrative: json<Record<string, string>>(r.narrative_json, {}),
    issues: [],
    ambiguous: json<Record<string, number[]>>(r.ambiguous_json, {}),
    dataset: r.dataset,
  };
}

// Most values are small counts: their text is made once.
const SMALL = Array.from({ length: 1000 }, (_, i) => String(i));
const textOf = (v: number | null) => (v === null ? '' : (SMALL[v] ?? String(v)));

/** Records with the report_id each has in the database (a kept-both copy's id has a suffix its record does not show). */
export interface KeyedRecords {
  ids: string[];
  records: ReportRecord[];
}

/** Decode what readRecordsIpc read into ReportRecords, column by column (no object per Arrow row). */
export function recordsFromIpc(ipc: RecordsIpc): ReportRecord[] {
  return keyedRecordsFromIpc(ipc).records;
}

/** recordsFromIpc with each record's report_id. */
export function keyedRecordsFromIpc(ipc: RecordsIpc): KeyedRecords {
  const reports = rowsOf<ReportRow>(ipc.reports);
  const cells = reports.map((): Record<string, CellValue> => ({}));
  for (const batch of tableFromIPC(ipc.cells).batches) {
    const [r, k, v] = ['r', 'k', 'v'].map((n) => batch.getChild(n)?.data[0] as Data);
    const rs = r?.values as Int32Array;
    const ks = k?.values as Int16Array;
    const vs = v?.values as Float64Array;
    for (let i = 0; i < batch.numRows; i++) {
      const value = isValid(v as Data, i) ? (vs[i] as number) : null;
      (cells[rs[i] as number] as Record<string, CellValue>)[CELL_KEYS[ks[i] as number] as string] = { value, raw: textOf(value) };
    }
  }
  for (const e of rowsOf<{ r: number; key: string; v: number | null; raw: string | null; unit: CellValue['unit'] | null }>(ipc.exceptions)) {
    const cell: CellValue = { value: e.v, raw: e.raw ?? '', ...(e.unit ? { unit: e.unit } : {}) };
    (cells[e.r] as Record<string, CellValue>)[e.key] = cell;
  }
  return { ids: reports.map((r) => r.report_id), records: reports.map((r, i) => toRecord(r, cells[i] as Record<string, CellValue>)) };
}
