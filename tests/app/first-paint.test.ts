import { describe, expect, it } from 'vitest';
import type { SnapshotSources } from '../../src/app/first-paint.ts';
import { readFirstPaintSnapshot, snapshotFits } from '../../src/app/first-paint.ts';
import { manifestIdentity } from '../../src/load/index.ts';
import type { FirstPaintSnapshot } from '../../src/app/snapshot-connector.ts';
import { SNAPSHOT_VERSION } from '../../src/app/snapshot-connector.ts';

const snapshot: FirstPaintSnapshot = {
  version: SNAPSHOT_VERSION,
  data: ['assets/cells-A1.csv', 'assets/reports-B2.csv'],
  entries: [{ text: 'SELECT 1', params: [], rows: [{ one: 1 }] }],
};

const DATA_URLS = ['http://host/atlas/assets/reports-B2.csv', 'http://host/atlas/assets/cells-A1.csv'];

/** The browser as it is on a first visit to the built app, with `changes` applied; records what it fetched. */
function browser(changes: Partial<SnapshotSources> = {}, body: string = JSON.stringify(snapshot)) {
  const fetched: string[] = [];
  const sources: SnapshotSources = {
    search: '',
    href: 'http://host/atlas/assets/first-paint-1.json',
    dataUrls: DATA_URLS,
    hasStoredWorkspace: async () => false,
    fetch: async (url) => {
      fetched.push(url);
      return new Response(body, { status: 200 });
    },
    ...changes,
  };
  return { sources, fetched };
}

describe('readFirstPaintSnapshot(sources)', () => {
  it('gives the snapshot when the data about to load is exactly the data it was computed from', async () => {
    const { sources, fetched } = browser();
    expect(await readFirstPaintSnapshot(sources)).toEqual(snapshot);
    expect(fetched).toEqual(['http://host/atlas/assets/first-paint-1.json']);
  });

  it('ignores the build’s snapshot when the URL asks for a data pack', async () => {
    // The "manifest" here names no snapshot: only the manifest is read.
    const { sources, fetched } = browser({ search: '?data=province' });
    expect(await readFirstPaintSnapshot(sources)).toBeNull();
    expect(fetched).toEqual(['province/manifest.json']);
  });

  it('ignores it when the browser keeps an imported workspace', async () => {
    expect(await readFirstPaintSnapshot(browser({ hasStoredWorkspace: async () => true }).sources)).toBeNull();
  });

  it('ignores it when the storage cannot tell', async () => {
    const failing = async (): Promise<boolean> => {
      throw new Error('storage refused');
    };
    expect(await readFirstPaintSnapshot(browser({ hasStoredWorkspace: failing }).sources)).toBeNull();
  });

  it('ignores it when the data files differ from those it was computed from', async () => {
    const other = ['http://host/atlas/assets/reports-B2.csv', 'http://host/atlas/assets/cells-C3.csv'];
    expect(await readFirstPaintSnapshot(browser({ dataUrls: other }).sources)).toBeNull();
    expect(await readFirstPaintSnapshot(browser({ dataUrls: DATA_URLS.slice(1) }).sources)).toBeNull();
  });

  it('ignores it when the build linked none (dev server), or it is missing or unreadable', async () => {
    expect(await readFirstPaintSnapshot(browser({ href: null }).sources)).toBeNull();
    const missing = browser({ fetch: async () => new Response('not found', { status: 404 }) });
    expect(await readFirstPaintSnapshot(missing.sources)).toBeNull();
    expect(await readFirstPaintSnapshot(browser({}, '{"version":').sources)).toBeNull();
    expect(await readFirstPaintSnapshot(browser({}, JSON.stringify({ ...snapshot, version: 0 })).sources)).toBeNull();
  });
});

describe('snapshotFits(snapshot, dataUrls)', () => {
  it('compares the data files by built name, in any order', () => {
    expect(snapshotFits(snapshot, [...DATA_URLS].reverse())).toBe(true);
    expect(snapshotFits(snapshot, ['./assets/cells-A1.csv', './assets/reports-B2.csv'])).toBe(true);
    expect(snapshotFits({ ...snapshot, entries: undefined }, DATA_URLS)).toBe(false);
    expect(snapshotFits(null, DATA_URLS)).toBe(false);
  });
});

describe('readFirstPaintSnapshot(sources) for a pack', () => {
  const manifest = { format: 'atlas-pack', version: 3, name: 'province', tables: { reports: { file: 'reports.parquet', rows: 69_900, bytes: 1234 } } };
  /** A pack folder as npm run pack leaves it: the manifest names the snapshot computed from it. */
  async function pack(changes: { manifest?: object; named?: string } = {}) {
    const id = await manifestIdentity(JSON.stringify(manifest));
    const files: Record<string, string> = {
      'packs/province/manifest.json': JSON.stringify({ ...(changes.manifest ?? manifest), firstPaint: changes.named ?? 'first-paint.json' }, null, 2),
      'packs/province/first-paint.json': JSON.stringify({ ...snapshot, data: [id] }),
    };
    const fetched: string[] = [];
    const { sources } = browser({
      search: '?data=packs/province',
      fetch: async (url) => {
        fetched.push(url);
        const body = files[url];
        return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
      },
    });
    return { sources, fetched };
  }

  it('gives the snapshot the manifest names, computed from exactly that manifest', async () => {
    const { sources, fetched } = await pack();
    expect(await readFirstPaintSnapshot(sources)).toEqual({ ...snapshot, data: [await manifestIdentity(JSON.stringify(manifest))] });
    expect(fetched).toEqual(['packs/province/manifest.json', 'packs/province/first-paint.json']);
  });

  it('ignores it for a changed pack, a name outside the folder, an imported workspace or a bad ?data', async () => {
    const changed = { ...manifest, tables: { reports: { file: 'reports.parquet', rows: 69_901, bytes: 1234 } } };
    expect(await readFirstPaintSnapshot((await pack({ manifest: changed })).sources)).toBeNull();
    expect(await readFirstPaintSnapshot((await pack({ named: '../first-paint.json' })).sources)).toBeNull();
    const stored = (await pack()).sources;
    expect(await readFirstPaintSnapshot({ ...stored, hasStoredWorkspace: async () => true })).toBeNull();
    expect(await readFirstPaintSnapshot({ ...stored, search: '?data=https://elsewhere/pack' })).toBeNull();
  });
});
