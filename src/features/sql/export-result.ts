import type { Connector } from '../../db/index.ts';
import { browserTools, exportCsv, exportParquet, exportXlsx } from '../../export/index.ts';
import type { Statement } from './sql-tokens.ts';

/** A way to save a console result. */
export interface ResultExport {
  id: string;
  extension: string;
  mime: string;
  /** The file's bytes for one guarded read statement. */
  build: (db: Connector, statement: Statement) => Promise<Uint8Array>;
}

function balanced(statement: Statement): boolean {
  let depth = 0;
  for (const t of statement.tokens) {
    if (t.kind === 'punct' && t.value === '(') depth++;
    else if (t.kind === 'punct' && t.value === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** CSV written by DuckDB itself (its quoting), UTF-8 with a BOM so Excel reads the Chinese. */
async function exportConsoleCsv(db: Connector, statement: Statement): Promise<Uint8Array> {
  // The statement is spliced into COPY: unbalanced parentheses could close it early and add options.
  if (!balanced(statement)) throw new Error('unbalanced parentheses');
  return exportCsv(db, { text: statement.text, params: [] });
}

async function exportConsoleXlsx(db: Connector, statement: Statement): Promise<Uint8Array> {
  const rows = await db.query({ text: statement.text, params: [] });
  return new Uint8Array(await (await exportXlsx(rows)).arrayBuffer());
}

// parquet-wasm (5 MB) is loaded on the first Parquet export only.
async function exportConsoleParquet(db: Connector, statement: Statement): Promise<Uint8Array> {
  const rows = await db.query({ text: statement.text, params: [] });
  return exportParquet(await browserTools.parquet(), rows);
}

export const RESULT_EXPORTS: readonly ResultExport[] = [
  { id: 'csv', extension: 'csv', mime: 'text/csv;charset=utf-8', build: exportConsoleCsv },
  {
    id: 'xlsx',
    extension: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    build: exportConsoleXlsx,
  },
  { id: 'parquet', extension: 'parquet', mime: 'application/vnd.apache.parquet', build: exportConsoleParquet },
];
