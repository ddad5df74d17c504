import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/index.ts';
import { sql } from '../../../src/db/index.ts';
import { createNodeConnector } from '../../../src/db/node.ts';
import { toCsvTables } from '../../../src/generate/csv.ts';
import { generateCounty } from '../../../src/generate/index.ts';
import { ensureAgencyRequests, ensureAllRequests, loadCellKeys, loadDataset, loadPack, refreshPivots } from '../../../src/load/index.ts';
import { csvGzEncoder, nodeParquetRowGroups, parquetEncoder } from '../../../src/load/pack/node.ts';
import { countOf, memoryPack, rowsOf, twoCountyDb } from './demo-pack.ts';

let db: Connector;
beforeAll(async () => {
  db = await createNodeConnector({ lock: false });
  await loadCellKeys(db);
}, 120_000);

const TABLES = ['cells', 'findings', 'corrections', 'requests', 'requests_cube', 'review_litigation', 'report_summary', 'disclosure_summary', 'reports', 'agencies'];
async function empty(): Promise<void> {
  for (const t of TABLES) await db.exec(`DELETE FROM ${t}`);
}

describe.each([
  ['parquet', parquetEncoder],
  ['csv.gz', csvGzEncoder],
] as const)('a %s pack of two counties', (_, encoder) => {
  let two: Connector;
  let files: Map<string, Uint8Array>;
  beforeAll(async () => {
    two = await twoCountyDb();
    ({ files } = await memoryPack(two, encoder));
  }, 120_000);
  let asked: string[] = [];
  const open = async () => {
    await empty();
    asked = [];
    const fetch = async (path: string) => (asked.push(path), files.get(path) ?? Promise.reject(new Error('HTTP 404')));
    return loadPack(db, 'pack', fetch, encoder === csvGzEncoder ? {} : { parquet: nodeParquetRowGroups });
  };
  const inCounty = (county: string) => `(SELECT * FROM requests WHERE county = '${county}')`;

  it('loads the requests rows of an agency’s region only, as the CSV datasets have them', async () => {
    const pack = await open();
    expect(pack.manifest.regions.map((r) => r.name)).toEqual(['另一县', '样例县']);
    const [{ agency_id: agency } = { agency_id: '' }] = await two.query<{ agency_id: string }>(sql`SELECT agency_id FROM agencies WHERE county = '另一县' ORDER BY agency_id LIMIT 1`);
    asked = [];
    await ensureAgencyRequests(db, [agency]);
    expect([...pack.requestsLoaded()]).toEqual([0]);
    expect(asked).toEqual([`pack/${pack.manifest.regions[0]?.requests.file}`]);
    expect(pack.loaded().size).toBe(0);
    expect(await rowsOf(db, 'requests')).toEqual(await rowsOf(two, inCounty('另一县')));
    expect(await countOf(db, 'requests')).toBeGreaterThan(1000);
  });

  it('loads every region’s requests rows at once from the file of all, and a later region load adds no row twice', async () => {
    const pack = await open();
    asked = [];
    await ensureAllRequests(db);
    expect(asked).toEqual([`pack/${pack.manifest.requests.file}`]);
    expect([...pack.requestsLoaded()].sort()).toEqual([0, 1]);
    expect(await rowsOf(db, 'requests')).toEqual(await rowsOf(two, 'requests'));
    await pack.loadRegions([0, 1]);
    await refreshPivots(db);
    expect(await rowsOf(db, 'requests')).toEqual(await rowsOf(two, 'requests'));
    expect(await rowsOf(db, 'requests_cube')).toEqual(await rowsOf(two, 'requests_cube'));
  });

  it('loads a region’s requests rows with its cells, so a refresh and a later requests load add no row twice', async () => {
    const pack = await open();
    await pack.loadRegions([1]);
    expect([...pack.requestsLoaded()]).toEqual([1]);
    await refreshPivots(db);
    expect(await rowsOf(db, 'requests')).toEqual(await rowsOf(two, inCounty('样例县')));
    await ensureAllRequests(db);
    expect(await rowsOf(db, 'requests')).toEqual(await rowsOf(two, 'requests'));
  });
});

describe('a pack of three counties', () => {
  it('loads the two regions not loaded yet from the file of all, leaving out the rows of the one loaded', async () => {
    const three = await twoCountyDb();
    const third = generateCounty({ seed: 9, county: '第三县' });
    const csv = toCsvTables(third.agencies, third.reports);
    const bytes = (s: string) => new TextEncoder().encode(s);
    await loadDataset(three, 'third', { agencies: bytes(csv.agencies), reports: bytes(csv.reports), cells: bytes(csv.cells) });
    const { files, manifest } = await memoryPack(three, parquetEncoder);
    await empty();
    const asked: string[] = [];
    const fetch = async (path: string) => (asked.push(path), files.get(path) ?? Promise.reject(new Error('HTTP 404')));
    const pack = await loadPack(db, 'pack', fetch, { parquet: nodeParquetRowGroups });
    await pack.loadRequests([1]);
    await pack.loadRequests([0, 1, 2]);
    expect(asked.filter((f) => /requests\.parquet$/.test(f))).toEqual([`pack/${manifest.regions[1]?.requests.file}`, `pack/${manifest.requests.file}`]);
    expect(await rowsOf(db, 'requests')).toEqual(await rowsOf(three, 'requests'));
  }, 120_000);
});
