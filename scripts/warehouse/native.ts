import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBInstance } from '@duckdb/node-api';
import { cellKeys, TEMPLATES } from '../../src/domain/index.ts';

/** Native DuckDB (@duckdb/node-api) with the app's schema.sql and cell_keys: the command-line engine beyond a province. */
export async function openNative(file = ':memory:'): Promise<{ instance: DuckDBInstance; conn: DuckDBConnection }> {
  const instance = await DuckDBInstance.create(file);
  const conn = await instance.connect();
  await conn.run(readFileSync(new URL('../../src/db/schema.sql', import.meta.url), 'utf8'));
  const rows = TEMPLATES.flatMap((template) =>
    cellKeys(template).map((k, ord) => [template, k.key, k.table, k.row, k.col, k.rowLabel, k.colLabel, k.caption, ord]),
  );
  await conn.run(`INSERT INTO cell_keys VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`, rows.flat());
  return { instance, conn };
}

/** The materialised pivots rebuilt from cells with the schema's own views (as src/load/refresh-pivots.ts does; requests_cube after requests). */
export async function refreshPivots(conn: DuckDBConnection): Promise<void> {
  for (const table of ['requests', 'requests_cube', 'review_litigation', 'report_summary', 'disclosure_summary']) {
    await conn.run(`DELETE FROM ${table}`);
    await conn.run(`INSERT INTO ${table} SELECT * FROM ${table}_source`);
  }
}

/** One number from a query. */
export async function scalar(conn: DuckDBConnection, text: string, params: (string | number)[] = []): Promise<number> {
  const reader = await conn.runAndReadAll(text, params);
  return Number(reader.getRows()[0]?.[0] ?? Number.NaN);
}
