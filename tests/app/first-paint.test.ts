import { describe, expect, it } from 'vitest';
import type { SnapshotSources } from '../../src/app/first-paint.ts';
import { readFirstPaintSnapshot, snapshotFits } from '../../src/app/first-paint.ts';
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

  it('ignores it when the URL asks for a data pack', async () => {
    const { sources, fetched } = browser({ search: '?data=province' });
    expect(await readFirstPaintSnapshot(sources)).toBeNull();
    expect(fetched).toEqual([]);
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
