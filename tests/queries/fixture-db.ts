import { readFileSync } from 'node:fs';
import type { Connector } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { loadCellKeys, loadDataset } from '../../src/load/index.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

/** A fresh Node DuckDB with the schema, the key labels and the small hand-checked fixture dataset 'test'. */
export async function fixtureDb(): Promise<Connector> {
  const db = await createNodeConnector();
  await loadCellKeys(db);
  await loadDataset(db, 'test', {
    agencies: fixture('agencies.csv'),
    reports: fixture('reports.csv'),
    cells: fixture('cells.csv'),
  });
  return db;
}
