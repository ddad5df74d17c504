import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readViewState } from '../../src/app/view-state.ts';
import type { Connector } from '../../src/db/index.ts';
import { parquetEncoder } from '../../src/load/pack/node.ts';
import { requestsByYearSql } from '../../src/queries/index.ts';
import type { FirstScreenRecord } from '../../scripts/first-paint.ts';
import { recordFirstScreen } from '../../scripts/first-paint.ts';
import { demoDb, memoryPack, openedPack } from '../load/pack/demo-pack.ts';

// Inside the project: the recorder reads the page's files from the project folder, as npm run pack needs.
const DIR = `.tmp/first-paint-pack-${process.pid}`;

let record: FirstScreenRecord;
let packed: Connector;
beforeAll(async () => {
  const source = await demoDb();
  const { files } = await memoryPack(source, parquetEncoder, DIR);
  for (const [file, bytes] of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  [record, { db: packed }] = await Promise.all([recordFirstScreen(`?data=${DIR}`), openedPack(source)]);
}, 600_000);
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('recordFirstScreen(?data=<pack>)', () => {
  it('renders the first screen over the pack, reading its start files through the Node Parquet reader', () => {
    // The overview's first chart asks for every year and kind, and picks the selection's in JS.
    const chart = requestsByYearSql({ ...readViewState(new URLSearchParams()).filters, years: [], kinds: [] }, true);
    expect(record.entries.map((e) => [e.text, e.params])).toContainEqual([chart.text, chart.params]);
    expect(record.sources).toContain(`${DIR}/manifest.json`);
    expect(record.sources.filter((s) => s.endsWith('.parquet')).length).toBeGreaterThan(3);
  });

  it('answers every recorded query as DuckDB does over the same pack', async () => {
    expect(record.entries.length).toBeGreaterThan(3);
    for (const entry of record.entries) expect(entry.rows, entry.text).toEqual(await packed.query(entry));
  });
});
