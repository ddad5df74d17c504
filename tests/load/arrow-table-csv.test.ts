import { readFileSync } from 'node:fs';
import { initSync, Table as PqTable, writeParquet } from 'parquet-wasm/esm';
import * as pqNode from 'parquet-wasm/node';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Row } from '../../src/db/index.ts';
import { ident, sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { exportParquet } from '../../src/export/parquet.ts';
import type { SchemaTable } from '../../src/load/index.ts';
import { arrowTableToCsv, loadDataset } from '../../src/load/index.ts';

const file = (name: string) => new Uint8Array(readFileSync(`data/samples/${name}.csv`));
const TABLES: SchemaTable[] = ['agencies', 'reports', 'cells'];

let source: Connector;
beforeAll(async () => {
  initSync({ module: readFileSync('node_modules/parquet-wasm/esm/parquet_wasm_bg.wasm') });
  source = await createNodeConnector();
  await loadDataset(source, 'samples', { agencies: file('agencies'), reports: file('reports'), cells: file('cells') });
});

/** A table as the SQL console exports it to Parquet: its rows (dates as ISO text), numbers as Float64. */
async function consoleParquet(text: string): Promise<Uint8Array> {
  const result = await source.send(text);
  const rows = result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c.name, r[i]])) as Row);
  return exportParquet({ Table: PqTable, writeParquet }, rows);
}

const toIpc = (parquet: Uint8Array) => pqNode.readParquet(parquet).intoIPCStream();
const everything = (db: Connector, table: SchemaTable) => db.query(sql`SELECT * FROM ${ident(table)} ORDER BY ALL`);

describe('arrowTableToCsv (Parquet tables of our schema, through DuckDB’s Arrow insert)', () => {
  it('turns the three tables exported as Parquet back into loadable CSV with the same rows', async () => {
    const db = await createNodeConnector();
    const texts: Record<string, Uint8Array> = {};
    for (const t of TABLES) texts[t] = new TextEncoder().encode(await arrowTableToCsv(db, t, toIpc(await consoleParquet(`SELECT * FROM ${t}`))));
    await loadDataset(db, 'samples', { agencies: texts.agencies!, reports: texts.reports!, cells: texts.cells! });
    for (const t of TABLES) expect({ t, rows: await everything(db, t) }).toEqual({ t, rows: await everything(source, t) });
    expect(await db.query(sql`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'import_stage_%'`)).toEqual([{ n: 0 }]);
  });

  it('names a missing column, ignores extra ones, and leaves no staging table behind', async () => {
    const db = await createNodeConnector();
    const noRaw = toIpc(await consoleParquet('SELECT report_id, key, value, unit, 1 AS extra FROM cells LIMIT 5'));
    await expect(arrowTableToCsv(db, 'cells', noRaw)).rejects.toThrow('cells: column raw missing');
    const extra = toIpc(await consoleParquet("SELECT 'a' AS agency_id, '甲镇' AS name, 'township' AS kind, '' AS province, NULL AS city, 'c' AS county, 2 AS more"));
    expect(await arrowTableToCsv(db, 'agencies', extra)).toBe('agency_id,name,kind,province,city,county\na,甲镇,township,"",,c\n');
    expect(await db.query(sql`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'import_stage_%'`)).toEqual([{ n: 0 }]);
  });

  it('refuses a value of the wrong type', async () => {
    const db = await createNodeConnector();
    const bad = toIpc(await consoleParquet("SELECT * REPLACE ('二〇二一' AS year) FROM reports LIMIT 1"));
    await expect(arrowTableToCsv(db, 'reports', bad)).rejects.toThrow(/二〇二一/);
  });
});
