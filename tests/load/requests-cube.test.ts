import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { toCsvTables } from '../../src/generate/csv.ts';
import { generateCounty } from '../../src/generate/index.ts';
import { sql } from '../../src/db/index.ts';
import { ensureAgencyRequests, loadBatch, loadCellKeys, loadDataset, packOf, refreshPivots } from '../../src/load/index.ts';
import { countOf, openedPack, rowsOf, twoCountyDb } from './pack/demo-pack.ts';

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

  it('ships in the pack: at start it equals the CSV datasets’ and requests itself is empty', async () => {
    const source = await twoCountyDb();
    const { db, pack } = await openedPack(source);
    expect(pack.files.has('pack/requests_cube.parquet')).toBe(true);
    expect(await rowsOf(db, 'requests_cube')).toEqual(await rowsOf(source, 'requests_cube'));
    expect(await countOf(db, 'requests')).toBe(0);
  }, 60_000);

  it('over a pack with requests rows of one region loaded, stays what the whole data gives through imports', async () => {
    const source = await twoCountyDb();
    const { db, pack } = await openedPack(source);
    const [{ agency_id: agency } = { agency_id: '' }] = await source.query<{ agency_id: string }>(sql`SELECT agency_id FROM agencies WHERE county = '样例县' LIMIT 1`);
    await ensureAgencyRequests(db, [agency]);
    const loaded = () => [...(packOf(db)?.requestsLoaded() ?? [])].sort();
    expect(loaded()).toEqual([1]);

    // New reports of another dataset: the pack's groups stay as shipped, the import's are summed.
    const third = generateCounty({ seed: 9, county: '第三县' });
    const plain = toCsvTables(third.agencies, third.reports.slice(0, 30).map((r) => ({ ...r, dataset: 'imported' })));
    const files = (t: typeof plain) => ({ agencies: bytes(t.agencies), reports: bytes(t.reports), cells: bytes(t.cells) });
    for (const target of [db, source]) await loadBatch(target, 'third', files(plain));
    expect(loaded()).toEqual([1]);
    expect(await rowsOf(db, 'requests_cube')).toEqual(await rowsOf(source, 'requests_cube'));

    // Replacing a report of the region not loaded loads every region's requests rows first.
    const [{ report_id: id } = { report_id: '' }] = await source.query<{ report_id: string }>(sql`
      SELECT report_id FROM report_list WHERE county = '另一县' AND dataset = 'demo' ORDER BY report_id LIMIT 1`);
    const other = generateCounty({ seed: 5, county: '另一县' }).reports.find((r) => `${r.agency.id}|${r.year}` === id) as (typeof third.reports)[number];
    const fresh = { ...other, cells: { ...other.cells, 't3.granted.total': { value: 4321, raw: '4321' } }, dataset: 'imported' };
    const replacing = toCsvTables([fresh.agency], [fresh]);
    for (const target of [db, source]) await loadBatch(target, 'replace', files(replacing), { replaces: [id] });
    expect(loaded()).toEqual([0, 1]);
    expect(await rowsOf(db, 'requests_cube')).toEqual(await rowsOf(source, 'requests_cube'));
    expect(await rowsOf(db, 'requests')).toEqual(await rowsOf(source, 'requests'));
    const cube = await cubeAndFresh(db);
    expect(cube.stored).toEqual(cube.fresh);
  }, 60_000);
});
