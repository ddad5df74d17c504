import type { Connector } from '../../db/index.ts';
import type { Statement } from './sql-tokens.ts';

/** A way to save a console result. XLSX and Parquet (a later issue) add entries to RESULT_EXPORTS. */
export interface ResultExport {
  id: string;
  extension: string;
  mime: string;
  /** The file's bytes for one guarded read statement. */
  build: (db: Connector, statement: Statement) => Promise<Uint8Array>;
}

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

function balanced(statement: Statement): boolean {
  let depth = 0;
  for (const t of statement.tokens) {
    if (t.kind === 'punct' && t.value === '(') depth++;
    else if (t.kind === 'punct' && t.value === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** CSV written by DuckDB itself (its quoting), UTF-8 with a BOM so Excel reads the Chinese. */
export async function exportCsv(db: Connector, statement: Statement, file = 'sql-console-export.csv'): Promise<Uint8Array> {
  // The statement is spliced into COPY: unbalanced parentheses could close it early and add options.
  if (!balanced(statement)) throw new Error('unbalanced parentheses');
  await db.exec(`COPY (${statement.text}) TO '${file}' (HEADER)`);
  const bytes = await db.readFile(file);
  await db.dropFile(file);
  const out = new Uint8Array(BOM.length + bytes.length);
  out.set(BOM);
  out.set(bytes, BOM.length);
  return out;
}

export const RESULT_EXPORTS: readonly ResultExport[] = [
  { id: 'csv', extension: 'csv', mime: 'text/csv;charset=utf-8', build: (db, s) => exportCsv(db, s) },
];
