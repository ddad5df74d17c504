import { readFileSync } from 'node:fs';
import type { Connector } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { loadCellKeys, loadDataset } from '../../src/load/index.ts';

// From the project root (vitest's cwd): under happy-dom, import.meta.url does not name the file on disk.
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/queries/fixtures-views/${name}`));

/**
 * A fresh Node DuckDB with the hand-checked dataset 'views': 甲镇 2020 (v2019) and 2021 (v2021), 县公安局 2021,
 * the county's jurisdiction report 2021 (never summed with the others), and 乙镇 of 另一县 (邻市) 2021 with mixed
 * templates (t2 v2019, t3 v2021, no t4). Figures are listed in fixtures-views/cells.csv.
 */
export async function fixtureViewsDb(): Promise<Connector> {
  const db = await createNodeConnector();
  await loadCellKeys(db);
  await loadDataset(db, 'views', {
    agencies: fixture('agencies.csv'),
    reports: fixture('reports.csv'),
    cells: fixture('cells.csv'),
  });
  return db;
}
