import { describe, expect, it } from 'vitest';
import { isPackPath, keysDigest, PACK_VERSION, parseManifest, START_TABLES } from '../../../src/load/pack/index.ts';

const file = (name: string) => ({ file: name, rows: 1, bytes: 10 });
const valid = {
  format: 'disclosure-atlas-pack', version: PACK_VERSION, name: 'x', encoding: 'parquet', datasets: ['demo'],
  keys: { count: 2, digest: 'abcd0123' }, precomputed: [],
  tables: Object.fromEntries(START_TABLES.map((t) => [t, file(`${t}.parquet`)])),
  requests: file('requests.parquet'),
  regions: [{
    key: 'a/b/c', name: 'c', firstReport: 0, reports: 1,
    cells: file('regions/0000-cells.parquet'), narratives: file('regions/0000-narratives.parquet'), requests: file('regions/0000-requests.parquet'),
  }],
  totals: { agencies: 1, reports: 1, cells: 1 },
};

describe('parseManifest', () => {
  it('reads a valid manifest', () => {
    const manifest = parseManifest(JSON.stringify(valid), 'p/manifest.json');
    expect(manifest.regions[0]?.cells.file).toBe('regions/0000-cells.parquet');
    expect(manifest.regions[0]?.requests.file).toBe('regions/0000-requests.parquet');
    expect(Object.keys(manifest.tables)).toContain('requests_cube');
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another format', JSON.stringify({ ...valid, format: 'zip' }), /not a pack manifest/],
    ['another version', JSON.stringify({ ...valid, version: 2 }), new RegExp(`pack version 2; this app reads version ${PACK_VERSION}`)],
    ['no file of every region’s requests rows', JSON.stringify({ ...valid, requests: undefined }), /requests: expected/],
    ['a region without its requests file', JSON.stringify({ ...valid, regions: [{ ...valid.regions[0], requests: undefined }] }), /regions\[0\]\.requests: expected/],
    ['a file outside the pack', JSON.stringify({ ...valid, tables: { ...valid.tables, reports: file('../secret.parquet') } }), /tables\.reports: expected/],
    ['a missing table', JSON.stringify({ ...valid, tables: { ...valid.tables, findings: undefined } }), /tables\.findings/],
  ])('refuses %s, naming the file', (_, text, message) => {
    expect(() => parseManifest(text, 'p/manifest.json')).toThrow(/^p\/manifest\.json: /);
    expect(() => parseManifest(text, 'p/manifest.json')).toThrow(message);
  });
});

describe('isPackPath and keysDigest', () => {
  it('allows plain relative paths only', () => {
    expect(['a.parquet', 'regions/0001-cells.csv.gz'].map(isPackPath)).toEqual([true, true]);
    expect(['../a', '/a', 'a//b', 'https://x/a', 'a/./b', ''].map(isPackPath)).toEqual([false, false, false, false, false, false]);
  });

  it('changes when a key or its order changes', () => {
    const keys = [{ template: 'v2019', key: 't2.a.b' }, { template: 'v2021', key: 't3.c.d' }];
    expect(keysDigest(keys)).toMatch(/^[0-9a-f]{8}$/);
    expect(keysDigest([...keys].reverse())).not.toBe(keysDigest(keys));
  });
});
