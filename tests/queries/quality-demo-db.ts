import { readFileSync } from 'node:fs';
import type { Connector } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { loadCellKeys, loadDataset, loadFindings } from '../../src/load/index.ts';

/** A defect planted in the demo county (data/demo/planted.json); M1 is a missing report. */
export interface Planted {
  rule: string;
  agencyId: string;
  reportId: string;
  year: number;
  cells: string[];
  alsoBreaks: string[];
}

export const planted = JSON.parse(readFileSync('data/demo/planted.json', 'utf8')) as Planted[];

const file = (name: string) => new Uint8Array(readFileSync(`data/demo/${name}.csv`));

/** The demo county loaded as the app loads it: key labels, the dataset, then the findings. */
export async function demoDb(): Promise<Connector> {
  const db = await createNodeConnector();
  await loadCellKeys(db);
  await loadDataset(db, 'demo', { agencies: file('agencies'), reports: file('reports'), cells: file('cells') });
  await loadFindings(db);
  return db;
}
