import { cellKeys } from '../src/domain/index.ts';
import type { ParseResult } from '../src/parse/index.ts';

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV record (no line terminator). */
export function csvRow(values: (string | number)[]): string {
  return values.map(csvField).join(',');
}

export const CSV_HEADER = csvRow(['file', 'agency', 'year', 'template', 'key', 'value', 'raw']);

/** One JSON line per file: file, ok, error | agency, year, template, cells (number|null), issues, ambiguous. */
export function jsonLine(r: ParseResult): string {
  if (!r.ok) return JSON.stringify({ file: r.file, ok: false, error: r.error });
  const cells: Record<string, number | null> = {};
  for (const [k, c] of Object.entries(r.cells)) cells[k] = c.value;
  const { file, agency, year, template, tables, title, publishDate, issues, ambiguous, extraRows } = r;
  return JSON.stringify({ file, ok: true, agency, year, template, tables, title, publishDate, cells, issues, ambiguous, extraRows });
}

/** CSV records of one result: a row per cell in template order; a failure is one row with the error as raw. */
export function csvLines(r: ParseResult): string[] {
  if (!r.ok) return [csvRow([r.file, '', '', '', '', '', `error: ${r.error}`])];
  const keys = Object.keys(r.cells);
  const order = r.template === 'mixed' ? keys : cellKeys(r.template).map((k) => k.key).filter((k) => k in r.cells);
  return order.map((key) => {
    const c = r.cells[key];
    return csvRow([r.file, r.agency ?? '', r.year ?? '', r.template, key, c?.value ?? '', c?.raw ?? '']);
  });
}
