import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { toCsvTables } from '../../src/generate/csv.ts';
import { generateCounty } from '../../src/generate/index.ts';
import { loadBatch, loadCellKeys, loadDataset, loadPack, refreshPivots } from '../../src/load/index.ts';
import { nodeParquetRowGroups, parquetEncoder } from '../../src/load/pack/node.ts';
import { demoDb, memoryPack, rowsOf } from './pack/demo-pack.ts';

const file = (name: string) => new Uint8Array(readFileSync(`data/demo/${name}.csv`));
const bytes = (s: string) => new TextEncoder().encode(s);

/** The cube as stored, and as a fresh GROUP BY over requests would make it now. */
async function cubeAndFresh(db: Connector) {
  const fresh = await db.query({ text: 'SELECT * FROM requests_cube_source ORDER BY ALL', params: [] });
  return { stored: await rowsOf(db, 'requests_cube'), fresh };
}

describe('requests_cube', () => {
  it('equals a fresh GROUP BY of requests after a dataset load, an import that replaces a report, and a full refresh', async () => {
    const db = await createNodeConnector();
    await loadCellKeys(db);
    await loadDataset(db, 'demo', { agencies: file('agencies'), reports: file('reports'), cells: file('cells') });
    let cube = await cubeAndFresh(db);
    expect(cube.stored.length).toBeGreaterThan(100);
    expect(cube.stored).toEqual(cube.fresh);

    const demo = generateCounty().reports;
    const other = generateCounty({ seed: 5, county: '另一县' });
    const replaced = demo.find((r) => r.year === 2021) as (typeof demo)[number];
    const fresh = { ...replaced, cells: { ...replaced.cells, 't3.granted.total': { value: 4321, raw: '4321' } }, dataset: 'imported' };
    const incoming = toCsvTables([...other.agencies, fresh.agency], [...other.reports.slice(0, 40), fresh]);
    const replacedId = `${replaced.agency.id}|${replaced.year}`;
    const before = await db.query({ text: "SELECT sum(total) AS s FROM requests_cube WHERE row_key = 'granted' AND dataset = 'imported'", params: [] });
    expect(before).toEqual([{ s: null }]);
    await loadBatch(db, 'import', { agencies: bytes(incoming.agencies), reports: bytes(incoming.reports), cells: bytes(incoming.cells) }, { replaces: [replacedId] });
    cube = await cubeAndFresh(db);
    expect(cube.stored).toEqual(cube.fresh);
    const after = await db.query({ text: "SELECT sum(total) AS s FROM requests_cube WHERE row_key = 'granted' AND dataset = 'imported'", params: [] });
    expect(Number(after[0]?.s)).toBeGreaterThanOrEqual(4321);

    const granted = "SELECT sum(total) AS s FROM requests_cube WHERE row_key = 'granted'";
    const [{ s: grantedBefore } = { s: 0 }] = await db.query<{ s: number }>({ text: granted, params: [] });
    await db.exec("UPDATE cells SET value = value + 1000 WHERE key = 't3.granted.total' AND value IS NOT NULL");
    await refreshPivots(db);
    cube = await cubeAndFresh(db);
    expect(cube.stored).toEqual(cube.fresh);
    const [{ s: grantedAfter } = { s: 0 }] = await db.query<{ s: number }>({ text: granted, params: [] });
    expect(grantedAfter).toBeGreaterThan(grantedBefore + 1000);
  }, 60_000);

  it('is built when a pack starts (the pack does not store it) and equals the CSV dataset’s', async () => {
    const source = await demoDb();
    const pack = await memoryPack(source, parquetEncoder);
    const db = await createNodeConnector({ lock: false });
    await loadCellKeys(db);
    await loadPack(db, 'pack', pack.fetch, { parquet: nodeParquetRowGroups });
    expect([...pack.files.keys()].some((f) => f.includes('cube'))).toBe(false);
    expect(await rowsOf(db, 'requests_cube')).toEqual(await rowsOf(source, 'requests_cube'));
    const cube = await cubeAndFresh(db);
    expect(cube.stored).toEqual(cube.fresh);
  }, 60_000);
});
