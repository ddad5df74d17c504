import type { CellValue } from '../domain/index.ts';
import { byCodePoint } from './code-point-order.ts';
import { eachCsvRow } from './csv-rows.ts';
import type { DatasetFiles } from './load-dataset.ts';
import type { KeyedRecords, ReportRow } from './records-ipc.ts';
import { CELL_KEYS, toRecord } from './records-ipc.ts';

const CANONICAL = new Set(CELL_KEYS);

/** Rows of a CSV file: its header's column positions, then each row (reused: copy what you keep). */
function eachRow(bytes: Uint8Array, visit: (row: readonly (string | null)[], at: Record<string, number>) => void): void {
  let at: Record<string, number> | null = null;
  eachCsvRow(new TextDecoder().decode(bytes), (row) => {
    if (at) visit(row, at);
    else at = Object.fromEntries(row.map((name, i) => [name ?? '', i]));
  });
}

/** Rows of a small CSV file as objects by header name. */
function table(bytes: Uint8Array): Record<string, string | null>[] {
  const rows: Record<string, string | null>[] = [];
  eachRow(bytes, (row, at) => rows.push(Object.fromEntries(Object.entries(at).map(([name, i]) => [name, row[i] ?? null]))));
  return rows;
}

interface CellsOf {
  canonical: Record<string, CellValue>;
  other: [string, CellValue][];
}

/** Cells by report id, those with a template key apart from the others. */
function readCells(bytes: Uint8Array, cells: Map<string, CellsOf>): void {
  let last: CellsOf | undefined;
  let lastId: string | null = null;
  eachRow(bytes, (row, at) => {
    const id = row[at.report_id ?? -1] ?? '';
    const key = row[at.key ?? -1] ?? '';
    const value = row[at.value ?? -1] ?? null;
    const unit = row[at.unit ?? -1] ?? null;
    const cell: CellValue = { value: value === null ? null : Number(value), raw: row[at.raw ?? -1] ?? '' };
    if (unit) cell.unit = unit as CellValue['unit'];
    // A report's cells come together: look its entry up once.
    if (id !== lastId || !last) {
      last = cells.get(id);
      if (!last) cells.set(id, (last = { canonical: {}, other: [] }));
      lastId = id;
    }
    if (CANONICAL.has(key)) last.canonical[key] = cell;
    else last.other.push([key, cell]);
  });
}

/**
 * The records readRecords would give once these datasets are loaded in this order (agencies: the first
 * dataset naming one wins, as loadDataset's ON CONFLICT DO NOTHING does), decoded from the files
 * themselves: the checks can start while DuckDB is still loading them. Reports in report_id order.
 */
export function recordsFromCsv(datasets: readonly DatasetFiles[]): KeyedRecords {
  const agencies = new Map<string, Record<string, string | null>>();
  const rows: ReportRow[] = [];
  const cells = new Map<string, CellsOf>();
  for (const files of datasets) {
    for (const a of table(files.agencies)) if (!agencies.has(a.agency_id ?? '')) agencies.set(a.agency_id ?? '', a);
    for (const r of table(files.reports)) {
      const a = agencies.get(r.agency_id ?? '');
      if (!a) continue;
      rows.push({
        ...(r as unknown as ReportRow), name: a.name ?? '', kind: a.kind as ReportRow['kind'], province: a.province ?? null,
        city: a.city ?? null, county: a.county ?? null, year: Number(r.year),
      });
    }
    readCells(files.cells, cells);
  }
  rows.sort((x, y) => byCodePoint(x.report_id, y.report_id));
  const records = rows.map((r) => {
    const of = cells.get(r.report_id);
    // Cells with a template key first, then the others: the key order readRecords gives.
    return toRecord(r, of ? Object.assign(of.canonical, Object.fromEntries(of.other)) : {});
  });
  return { ids: rows.map((r) => r.report_id), records };
}
