import writeXlsxFile from 'write-excel-file/universal';
import type { Connector, Row, Sql } from '../db/index.ts';
import { fragment, sql, SqlFragment } from '../db/index.ts';

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
let copies = 0;

/**
 * CSV through DuckDB's own writer (it does the quoting), with a UTF-8 byte-order mark so Excel reads the
 * Chinese as UTF-8 instead of the system code page.
 */
export async function exportCsv(db: Connector, query: Sql): Promise<Uint8Array> {
  copies += 1;
  const name = db.scratchPath(`atlas-export-${copies}.csv`);
  // The file name is ours, never user text; COPY takes no parameter in that position.
  const target = new SqlFragment({ text: `'${name}'`, params: [] });
  // The line break keeps a trailing line comment of the query (console SQL) from swallowing the parenthesis.
  await db.query(sql`COPY (${fragment(query)}
) TO ${target} (HEADER, DELIMITER ',')`);
  try {
    const bytes = await db.readFile(name);
    const out = new Uint8Array(BOM.length + bytes.length);
    out.set(BOM);
    out.set(bytes, BOM.length);
    return out;
  } finally {
    await db.dropFile(name);
  }
}

/** Column names of rows, in the order DuckDB returned them. */
export function columnsOf(rows: readonly Row[]): string[] {
  return Object.keys(rows[0] ?? {});
}

type Cell = string | number | boolean | Date | null;

function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'bigint') return Number(v);
  return JSON.stringify(v);
}

/** XLSX with one sheet: a bold header row and the rows as typed cells (numbers stay numbers). */
export async function exportXlsx(rows: readonly Row[], sheet = 'data'): Promise<Blob> {
  const columns = columnsOf(rows);
  const header = columns.map((c) => ({ value: c, fontWeight: 'bold' as const }));
  const body = rows.map((r) => columns.map((c) => cell(r[c])));
  return writeXlsxFile([header, ...body], { sheet: sheet.slice(0, 31) }).toBlob();
}
