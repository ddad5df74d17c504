import { readFileSync } from 'node:fs';
import type { Connector } from '../../../src/db/index.ts';
import { ident, sql } from '../../../src/db/index.ts';
import { createNodeConnector } from '../../../src/db/node.ts';
import { toCsvTables } from '../../../src/generate/csv.ts';
import { generateCounty } from '../../../src/generate/index.ts';
import type { PackEncoder } from '../../../src/load/index.ts';
import { loadCellKeys, loadDataset, loadFindings, loadPack, packBuilder } from '../../../src/load/index.ts';
import { nodeParquetRowGroups, parquetEncoder } from '../../../src/load/pack/node.ts';

/** A database with data/demo loaded the app's way: CSV tables, pivots refreshed, findings computed. */
export async function demoDb(): Promise<Connector> {
  const db = await createNodeConnector({ lock: false });
  await loadCellKeys(db);
  const file = (n: string) => new Uint8Array(readFileSync(new URL(`../../../data/demo/${n}.csv`, import.meta.url)));
  await loadDataset(db, 'demo', { agencies: file('agencies'), reports: file('reports'), cells: file('cells') });
  await loadFindings(db);
  return db;
}

/** The demo and a second generated county of the same dataset (in another city if told): a pack of two regions. */
export async function twoCountyDb(city?: string): Promise<Connector> {
  const db = await demoDb();
  const other = generateCounty({ seed: 5, county: '另一县', ...(city ? { city } : {}) });
  const csv = toCsvTables(other.agencies, other.reports);
  const bytes = (s: string) => new TextEncoder().encode(s);
  await loadDataset(db, 'other', { agencies: bytes(csv.agencies), reports: bytes(csv.reports), cells: bytes(csv.cells) });
  await loadFindings(db);
  return db;
}

/** The pack of what `db` holds, as files in memory under `dir/`; fetch reads them back (a missing one throws). */
export async function memoryPack(db: Connector, encoder: PackEncoder, dir = 'pack') {
  const files = new Map<string, Uint8Array>();
  const builder = packBuilder({ write: async (f, bytes) => void files.set(`${dir}/${f}`, bytes) }, encoder, 'demo');
  await builder.addPart(db);
  const manifest = await builder.finish(db);
  const fetch = async (path: string): Promise<Uint8Array> => {
    const bytes = files.get(path);
    if (!bytes) throw new Error('HTTP 404');
    return bytes;
  };
  return { files, manifest, fetch };
}

/** What `source` holds written as a Parquet pack in memory, and a fresh Node DuckDB that opened it. */
export async function openedPack(source: Connector) {
  const pack = await memoryPack(source, parquetEncoder);
  const db = await createNodeConnector({ lock: false });
  await loadCellKeys(db);
  await loadPack(db, 'pack', pack.fetch, { parquet: nodeParquetRowGroups });
  return { db, pack };
}

/** Every row of a table, in a stable order. */
export const rowsOf = (db: Connector, table: string, exclude = '') =>
  db.query({ text: `SELECT * ${exclude ? `EXCLUDE (${exclude})` : ''} FROM ${table} ORDER BY ALL`, params: [] });

export const countOf = async (db: Connector, table: 'cells' | 'reports' | 'findings' | 'requests' | 'requests_cube') =>
  Number((await db.query(sql`SELECT count(*) AS n FROM ${ident(table)}`))[0]?.n);
