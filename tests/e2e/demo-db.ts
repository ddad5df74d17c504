import { readFileSync } from 'node:fs';
import type { Connector } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { loadDataset } from '../../src/load/index.ts';

const dataFile = (name: string) => new Uint8Array(readFileSync(`data/demo/${name}.csv`));

/** The embedded demo county in duckdb-wasm's Node build: the SQL answers the pages must show. */
export async function demoDatabase(): Promise<Connector> {
  const db = await createNodeConnector();
  await loadDataset(db, 'demo', { agencies: dataFile('agencies'), reports: dataFile('reports'), cells: dataFile('cells') });
  return db;
}
