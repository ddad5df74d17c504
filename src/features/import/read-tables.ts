import { csvField } from '../../generate/csv.ts';
import { AGENCIES_COLUMNS, CELLS_COLUMNS, REPORTS_COLUMNS } from '../../load/index.ts';
import type { WorkspaceBatch } from './workspace.ts';

const COLUMNS = { agencies: AGENCIES_COLUMNS, reports: REPORTS_COLUMNS, cells: CELLS_COLUMNS } as const;
export type TableName = keyof typeof COLUMNS;
export const TABLE_NAMES = Object.keys(COLUMNS) as TableName[];

/** A JSON table (an array of row objects, as DuckDB or the SQL console export it) as CSV text in schema order. */
export function jsonTableToCsv(table: TableName, text: string): string {
  const rows = JSON.parse(text) as unknown;
  if (!Array.isArray(rows)) throw new Error(`${table}.json: expected an array of rows`);
  const columns = Object.keys(COLUMNS[table]);
  const line = (fields: unknown[]) =>
    `${fields.map((f) => csvField(f === null || f === undefined ? null : typeof f === 'object' ? JSON.stringify(f) : (f as string | number))).join(',')}\r\n`;
  return line(columns) + rows.map((r) => line(columns.map((c) => (r as Record<string, unknown>)[c]))).join('');
}

/** The three tables of one folder as a batch loaded as it is; throws naming what is missing. */
export function tablesBatch(folder: string, texts: Partial<Record<TableName, string>>): WorkspaceBatch {
  const missing = TABLE_NAMES.filter((t) => texts[t] === undefined);
  if (missing.length > 0) throw new Error(missing.join(', '));
  return {
    name: folder || 'tables',
    agencies: texts.agencies ?? '',
    reports: texts.reports ?? '',
    cells: texts.cells ?? '',
    replaces: [],
    idSuffix: '',
    corrections: [],
    dataset: 'imported',
  };
}
