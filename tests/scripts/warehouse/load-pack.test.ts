import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCsvNative } from '../../../scripts/warehouse/load-csv.ts';
import { loadPackNative } from '../../../scripts/warehouse/load-pack.ts';
import { openNative, refreshPivots } from '../../../scripts/warehouse/native.ts';
import { createNodeConnector } from '../../../src/db/node.ts';
import { loadCellKeys, loadDataset, loadFindings, packBuilder } from '../../../src/load/index.ts';
import { csvGzEncoder, directorySink, parquetEncoder } from '../../../src/load/pack/node.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-native-pack-'));
let fromCsv: DuckDBConnection;

/** data/demo as packs on disk in both encodings, built by the app's pack builder (what npm run pack -- --from does). */
async function demoPacks(): Promise<void> {
  const db = await createNodeConnector();
  await loadCellKeys(db);
  const file = (n: string) => new Uint8Array(readFileSync(`data/demo/${n}.csv`));
  await loadDataset(db, 'demo', { agencies: file('agencies'), reports: file('reports'), cells: file('cells') });
  await loadFindings(db);
  for (const [encoder, out] of [[parquetEncoder, 'parquet'], [csvGzEncoder, 'csv']] as const) {
    const builder = packBuilder(directorySink(path.join(dir, out)), encoder, 'demo');
    await builder.addPart(db);
    await builder.finish(db);
  }
}

const rows = async (conn: DuckDBConnection, table: string) => (await conn.runAndReadAll(`SELECT * FROM ${table} ORDER BY ALL`)).getRowObjectsJson();

beforeAll(async () => {
  await demoPacks();
  ({ conn: fromCsv } = await openNative());
  await loadCsvNative(fromCsv, 'data/demo');
  await refreshPivots(fromCsv);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadPackNative(conn, dir)', () => {
  for (const encoding of ['parquet', 'csv'] as const) {
    it(`reads back every table of a ${encoding} pack of the demo exactly as the CSV dataset loads`, async () => {
      const { conn } = await openNative();
      await loadPackNative(conn, path.join(dir, encoding));
      await refreshPivots(conn);
      for (const table of ['agencies', 'reports', 'cells', 'findings', 'report_summary', 'requests']) {
        expect(await rows(conn, table), table).toEqual(await rows(fromCsv, table));
      }
    });
  }
});
