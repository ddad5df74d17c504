import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/index.ts';
import { sql } from '../../../src/db/index.ts';
import { createNodeConnector } from '../../../src/db/node.ts';
import { ensureReportLoaded, loadCellKeys, loadFindings, loadPack, packOf, refreshPivots } from '../../../src/load/index.ts';
import { csvGzEncoder, nodeParquetRowGroups, parquetEncoder, parquetEncoderOf } from '../../../src/load/pack/node.ts';
import type { PackEncoder } from '../../../src/load/index.ts';
import { countOf, demoDb, memoryPack, rowsOf } from './demo-pack.ts';

let source: Connector;
let db: Connector;
beforeAll(async () => {
  [source, db] = await Promise.all([demoDb(), createNodeConnector({ lock: false })]);
  await loadCellKeys(db);
}, 120_000);

const built = new Map<PackEncoder, Promise<Map<string, Uint8Array>>>();

/** The demo's pack in this encoding, built once; each call gets its own copy of the files to break. */
async function demoPack(encoder: PackEncoder) {
  if (!built.has(encoder)) built.set(encoder, memoryPack(source, encoder).then((p) => p.files));
  const files = new Map(await built.get(encoder));
  const fetch = async (path: string): Promise<Uint8Array> => {
    const bytes = files.get(path);
    if (!bytes) throw new Error('HTTP 404');
    return bytes;
  };
  return { files, fetch };
}

const TABLES = ['cells', 'findings', 'corrections', 'requests', 'requests_cube', 'review_litigation', 'report_summary', 'disclosure_summary', 'reports', 'agencies'];
async function empty(): Promise<void> {
  for (const t of TABLES) await db.exec(`DELETE FROM ${t}`);
}
afterAll(empty);

describe.each([
  ['parquet', parquetEncoder],
  ['parquet (row groups of 1,000 rows, read one at a time)', parquetEncoderOf(1_000)],
  ['csv.gz', csvGzEncoder],
] as const)('a %s pack of the demo', (_, encoder) => {
  it('loads the same agencies, reports, pivots, cube and findings as the CSV dataset, and no cells or requests rows until asked', async () => {
    await empty();
    const pack = await demoPack(encoder);
    const loaded = await loadPack(db, 'pack', pack.fetch, { parquet: nodeParquetRowGroups });
    expect(loaded.manifest.totals).toEqual({ agencies: 42, reports: 291, cells: 58040 });
    for (const table of ['agencies', 'requests_cube', 'review_litigation', 'report_summary', 'disclosure_summary', 'findings']) {
      expect(await rowsOf(db, table), table).toEqual(await rowsOf(source, table));
    }
    expect(await rowsOf(db, 'reports', 'narrative_json')).toEqual(await rowsOf(source, 'reports', 'narrative_json'));
    expect(await countOf(db, 'cells')).toBe(0);
    expect(await countOf(db, 'requests')).toBe(0);
    expect(await db.query(sql`SELECT count(*) AS n FROM reports WHERE narrative_json IS NOT NULL`)).toEqual([{ n: 0 }]);
  });

  it('loads a report’s region on demand: then cells, narratives and requests rows equal the CSV dataset’s', async () => {
    const [{ report_id: id } = { report_id: '' }] = await source.query<{ report_id: string }>(sql`SELECT report_id FROM reports ORDER BY report_id LIMIT 1 OFFSET 100`);
    await ensureReportLoaded(db, id);
    expect([...(packOf(db)?.loaded() ?? [])]).toEqual([0]);
    expect([...(packOf(db)?.requestsLoaded() ?? [])]).toEqual([0]);
    expect(await rowsOf(db, 'cells')).toEqual(await rowsOf(source, 'cells'));
    expect(await rowsOf(db, 'reports')).toEqual(await rowsOf(source, 'reports'));
    expect(await rowsOf(db, 'requests')).toEqual(await rowsOf(source, 'requests'));
  });
});

describe('imports over a pack', () => {
  it('keep the precomputed pivots and findings of reports whose region is not loaded', async () => {
    await empty();
    const pack = await demoPack(parquetEncoder);
    await loadPack(db, 'pack', pack.fetch, { parquet: nodeParquetRowGroups });
    await refreshPivots(db);
    await loadFindings(db);
    for (const table of ['requests_cube', 'review_litigation', 'report_summary', 'disclosure_summary', 'findings']) {
      expect(await rowsOf(db, table), table).toEqual(await rowsOf(source, table));
    }
    expect(await countOf(db, 'requests')).toBe(0);
  });
});

describe('a broken pack', () => {
  const attempt = async (change: (files: Map<string, Uint8Array>) => void, base = 'pack') => {
    await empty();
    const pack = await demoPack(parquetEncoder);
    change(pack.files);
    const error = await loadPack(db, base, pack.fetch, { parquet: nodeParquetRowGroups }).then(() => null, (e: unknown) => e as Error);
    return { error, counts: await Promise.all((['reports', 'cells', 'findings', 'requests'] as const).map((t) => countOf(db, t))) };
  };
  const nothing = [0, 0, 0, 0];

  it('names a missing manifest', async () => {
    const { error, counts } = await attempt(() => undefined, 'elsewhere');
    expect(error?.message).toMatch(/^elsewhere\/manifest\.json: missing or unreadable/);
    expect(counts).toEqual(nothing);
  });

  it('names a manifest that is not one', async () => {
    const { error } = await attempt((f) => f.set('pack/manifest.json', new TextEncoder().encode('{"format": "zip"}')));
    expect(error?.message).toMatch(/^pack\/manifest\.json: not a pack manifest/);
  });

  it('names a missing or truncated table file and loads nothing', async () => {
    const missing = await attempt((f) => f.delete('pack/findings.parquet'));
    expect(missing.error?.message).toMatch(/^pack\/findings\.parquet: missing or unreadable/);
    expect(missing.counts).toEqual(nothing);
    const truncated = await attempt((f) => f.set('pack/reports.parquet', f.get('pack/reports.parquet')?.slice(0, 100) ?? new Uint8Array()));
    expect(truncated.error?.message).toMatch(/^pack\/reports\.parquet: 100 bytes, the manifest says \d+/);
    expect(truncated.counts).toEqual(nothing);
  });

  it('names a corrupt file of the right size and loads nothing', async () => {
    const { error, counts } = await attempt((f) => {
      const bytes = f.get('pack/review_litigation.parquet') ?? new Uint8Array();
      f.set('pack/review_litigation.parquet', bytes.map((b, i) => (i > 8 && i < bytes.length - 8 ? 0 : b)));
    });
    expect(error?.message).toMatch(/^pack\/review_litigation\.parquet: unreadable/);
    expect(counts).toEqual(nothing);
  });
});
