import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import { AGENCIES_COLUMNS, CELLS_COLUMNS, REPORTS_COLUMNS } from './csv-columns.ts';

const COLUMNS = { agencies: AGENCIES_COLUMNS, reports: REPORTS_COLUMNS, cells: CELLS_COLUMNS } as const;

/** A table of the project's schema. */
export type SchemaTable = keyof typeof COLUMNS;

let staged = 0;

/**
 * One table of our schema given as an Arrow IPC stream (a Parquet file read by parquet-wasm) as CSV text
 * in schema order, the form every imported batch is loaded and kept in: the rows go into a staging table
 * through DuckDB's Arrow insert, columns are taken by name and cast to the schema's types. Extra columns
 * are ignored; a missing column or a value of the wrong type throws, naming it. Nothing is loaded here.
 */
export async function arrowTableToCsv(db: Connector, table: SchemaTable, ipc: Uint8Array): Promise<string> {
  const name = `import_stage_${table}_${(staged += 1)}`;
  await db.insertArrowIpc(name, ipc, { create: true });
  try {
    const present = await db.query<{ column_name: string }>(sql`SELECT column_name FROM duckdb_columns() WHERE table_name = ${name}`);
    const have = new Set(present.map((c) => c.column_name));
    const missing = Object.keys(COLUMNS[table]).filter((c) => !have.has(c));
    if (missing.length > 0) throw new Error(`${table}: column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`);
    // Names and types are the code's constants, the staging table's name is ours: no user text in the SQL.
    const typed = Object.entries(COLUMNS[table]).map(([c, type]) => `CAST("${c}" AS ${type}) AS ${c}`).join(', ');
    const file = db.scratchPath(`${name}.csv`);
    await db.exec(`COPY (SELECT ${typed} FROM ${name}) TO '${file}' (HEADER, DELIMITER ',', QUOTE '"', ESCAPE '"')`);
    try {
      return new TextDecoder().decode(await db.readFile(file));
    } finally {
      await db.dropFile(file);
    }
  } finally {
    await db.exec(`DROP TABLE IF EXISTS ${name}`);
  }
}
