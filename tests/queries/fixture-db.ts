import { readFileSync } from 'node:fs';
import type { Connector } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { loadCellKeys, loadDataset } from '../../src/load/index.ts';

// From the project root (vitest's cwd): under happy-dom, import.meta.url does not name the file on disk.
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/queries/fixtures/${name}`));

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
