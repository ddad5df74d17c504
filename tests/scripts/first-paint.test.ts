import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readViewState } from '../../src/app/view-state.ts';
import type { Connector } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { loadCellKeys, loadDataset, loadFindings } from '../../src/load/index.ts';
import { requestsByYearSql } from '../../src/queries/index.ts';
import type { FirstScreenRecord } from '../../scripts/first-paint.ts';
import { recordDefaultFirstScreen } from '../../scripts/first-paint.ts';

const file = (dataset: string, name: string) => new Uint8Array(readFileSync(`data/${dataset}/${name}.csv`));

/** The embedded datasets loaded afresh, as data/README.md describes them, with their findings. */
async function freshDatabase(): Promise<Connector> {
  const db = await createNodeConnector();
  await loadCellKeys(db);
  for (const dataset of ['demo', 'samples']) {
    await loadDataset(db, dataset, { agencies: file(dataset, 'agencies'), reports: file(dataset, 'reports'), cells: file(dataset, 'cells') });
  }
  await loadFindings(db);
  return db;
}

let record: FirstScreenRecord;
let fresh: Connector;
beforeAll(async () => {
  [record, fresh] = await Promise.all([recordDefaultFirstScreen(), freshDatabase()]);
}, 600_000);

describe('recordDefaultFirstScreen()', () => {
  it('records the first chart’s query for the default filters, computed from the embedded data files', () => {
    // The overview's first chart asks for every year and kind, and picks the selection's in JS.
    const chart = requestsByYearSql({ ...readViewState(new URLSearchParams()).filters, years: [], kinds: [] }, true);
    expect(record.entries.map((e) => [e.text, e.params])).toContainEqual([chart.text, chart.params]);
    expect(record.sources).toEqual([
      'data/demo/agencies.csv', 'data/demo/cells.csv', 'data/demo/reports.csv',
      'data/samples/agencies.csv', 'data/samples/cells.csv', 'data/samples/reports.csv',
    ]);
  });

  it('answers every recorded query as DuckDB does over freshly loaded data', async () => {
    expect(record.entries.length).toBeGreaterThan(3);
    for (const entry of record.entries) expect(entry.rows, entry.text).toEqual(await fresh.query(entry));
  });
});
