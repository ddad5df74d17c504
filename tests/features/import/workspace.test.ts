import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/index.ts';
import { sql } from '../../../src/db/index.ts';
import { createNodeConnector } from '../../../src/db/node.ts';
import { applyBatch, batchOf, clearImported, restoreWorkspace } from '../../../src/features/import/apply-workspace.ts';
import { loadedReports, reportBatch } from '../../../src/features/import/load-items.ts';
import { jsonTableToCsv, tablesBatch } from '../../../src/features/import/read-tables.ts';
import type { ReportItem } from '../../../src/features/import/review-item.ts';
import { buildRecord } from '../../../src/features/import/build-record.ts';
import { decodeWorkspace, encodeWorkspace, isWorkspace } from '../../../src/features/import/workspace.ts';
import type { Workspace } from '../../../src/features/import/workspace.ts';
import { loadCellKeys, loadDataset } from '../../../src/load/index.ts';
import type { ParsedReport } from '../../../src/parse/index.ts';

let db: Connector;
const sample = (t: string) => new Uint8Array(readFileSync(`data/samples/${t}.csv`));
const SAMPLE_ID = '///下冶镇人民政府|2020';

beforeAll(async () => {
  db = await createNodeConnector();
  await loadCellKeys(db);
  await loadDataset(db, 'samples', { agencies: sample('agencies'), reports: sample('reports'), cells: sample('cells') });
});

function parsed(agency: string, year: number, granted: number | null): ParsedReport {
  return {
    ok: true, file: `${agency}.txt`, agency, year, template: 'v2021', tables: { t3: 'v2021' }, title: `${agency}${year}年报`,
    publishDate: null,
    cells: { 't3.received_new.total': { value: 3, raw: '3' }, 't3.granted.total': { value: granted, raw: '21' } },
    extraRows: [], narrative: { 一: '总体, 情况 "引号"' }, issues: [], ambiguous: granted === null ? { 't3.granted.total': [2, 21] } : {},
  };
}

const record = (agency: string, year: number, granted: number | null, resolved: Record<string, number> = {}) =>
  buildRecord(parsed(agency, year, granted), {
    name: agency, year, identity: { kind: 'township', province: '浙江省', city: '', county: '永嘉县' }, resolved, sourceFile: `永嘉县/${agency}.txt`,
  });

const workspace: Workspace = {
  identities: { 甲镇: { kind: 'township', province: '浙江省', city: '', county: '永嘉县' } },
  batches: [
    batchOf(record('甲镇', 2021, null, { 't3.granted.total': 2 }), {
      corrections: [{ reportId: '浙江省//永嘉县/甲镇|2021', key: 't3.granted.total', value: 2, previousRaw: '21', candidates: [2, 21], author: '张三', at: '2026-11-29T08:00:00.000Z', reason: '按 R3.2 核对' }],
    }),
    batchOf(record('甲镇', 2021, 21), { idSuffix: '#2' }),
    batchOf(record('下冶镇人民政府', 2020, 1), { replaces: [SAMPLE_ID] }),
  ],
};

async function snapshot(): Promise<unknown> {
  return {
    agencies: await db.query(sql`SELECT * FROM agencies ORDER BY agency_id`),
    reports: await db.query(sql`SELECT * FROM reports ORDER BY report_id`),
    cells: await db.query(sql`SELECT * FROM cells ORDER BY report_id, key`),
    corrections: await db.query(sql`SELECT report_id, key, value, previous_raw, candidates, author, CAST("at" AS VARCHAR) AS at, reason FROM corrections ORDER BY report_id, key`),
    summary: await db.query(sql`SELECT report_id, granted FROM report_summary ORDER BY report_id`),
  };
}

describe('workspace', () => {
  it('loads batches with corrections, kept duplicates and replacements', async () => {
    expect(await restoreWorkspace(db, workspace)).toEqual({ loaded: 3, failed: [] });
    const rows = await db.query(sql`SELECT report_id, dataset FROM reports WHERE report_id LIKE ${'%镇%'} ORDER BY report_id`);
    expect(rows).toEqual([
      { report_id: '浙江省//永嘉县/下冶镇人民政府|2020', dataset: 'imported' },
      { report_id: '浙江省//永嘉县/甲镇|2021', dataset: 'imported' },
      { report_id: '浙江省//永嘉县/甲镇|2021#2', dataset: 'imported' },
    ]);
    const [c] = await db.query(sql`SELECT value, previous_raw, candidates, author, reason FROM corrections`);
    expect(c).toEqual({ value: 2, previous_raw: '21', candidates: [2, 21], author: '张三', reason: '按 R3.2 核对' });
    const [cell] = await db.query(sql`SELECT value, raw FROM cells WHERE report_id = ${'浙江省//永嘉县/甲镇|2021'} AND key = 't3.granted.total'`);
    expect(cell).toEqual({ value: 2, raw: '21' });
    for (const pivot of ['requests', 'review_litigation', 'report_summary']) {
      const [stale] = await db.query({ text: `SELECT count(*) AS n FROM (SELECT * FROM ${pivot} EXCEPT SELECT * FROM ${pivot}_source)`, params: [] });
      expect({ pivot, stale: stale?.n }).toEqual({ pivot, stale: 0 });
    }
  });

  it('exports to one zip, clears, and imports back to identical tables', async () => {
    const before = await snapshot();
    const bytes = encodeWorkspace(workspace);
    expect(isWorkspace(bytes)).toBe(true);
    await clearImported(db);
    const [left] = await db.query(sql`SELECT count(*) AS n FROM reports WHERE dataset = 'imported'`);
    expect(left?.n).toBe(0);
    const [corrections] = await db.query(sql`SELECT count(*) AS n FROM corrections`);
    expect(corrections?.n).toBe(0);
    expect(await restoreWorkspace(db, decodeWorkspace(bytes))).toEqual({ loaded: 3, failed: [] });
    expect(await snapshot()).toEqual(before);
  });

  it('loads each batch all-or-nothing: a bad one leaves no rows and the others load', async () => {
    await clearImported(db);
    const bad = { ...batchOf(record('乙镇', 2021, 1)), cells: 'report_id,key,value,raw,unit\r\n浙江省//永嘉县/乙镇|2021,t3.granted.total,not-a-number,x,\r\n' };
    const good = batchOf(record('丙镇', 2021, 1));
    const result = await restoreWorkspace(db, { batches: [bad, good], identities: {} });
    expect(result.loaded).toBe(1);
    expect(result.failed[0]).toMatch(/^永嘉县\/乙镇\.txt: /);
    const rows = await db.query(sql`SELECT report_id FROM reports WHERE dataset = 'imported' ORDER BY report_id`);
    expect(rows).toEqual([{ report_id: '浙江省//永嘉县/丙镇|2021' }]);
    const [agency] = await db.query(sql`SELECT count(*) AS n FROM agencies WHERE name = '乙镇'`);
    expect(agency?.n).toBe(0);
  });

  it('stores the copy kept in the browser uncompressed, and it reads back to the same workspace', () => {
    const stored = encodeWorkspace(workspace, { compress: false });
    const compressed = encodeWorkspace(workspace);
    expect(stored.length).toBeGreaterThan(compressed.length);
    expect(decodeWorkspace(stored)).toEqual(decodeWorkspace(compressed));
    expect(decodeWorkspace(stored)).toEqual(workspace);
  });

  it('refuses a file that is not a workspace, naming what is wrong', () => {
    expect(() => decodeWorkspace(new Uint8Array([1, 2, 3]))).toThrow('not a zip archive');
  });

  it('loads data tables in the project schema as the imported dataset, from CSV or JSON', async () => {
    await clearImported(db);
    const csv = (t: string) => readFileSync(`data/demo/${t}.csv`, 'utf8');
    const agencies = jsonTableToCsv('agencies', JSON.stringify(await db.query(sql`SELECT 'x/y/z/丁镇' AS agency_id, '丁镇' AS name, 'township' AS kind, 'x' AS province, 'y' AS city, 'z' AS county`)));
    await applyBatch(db, tablesBatch('demo/', { agencies: `${agencies}${csv('agencies').split('\n').slice(1).join('\n')}`, reports: csv('reports'), cells: csv('cells') }), 0);
    const [n] = await db.query(sql`SELECT count(*) AS n, count(DISTINCT dataset) AS datasets, min(dataset) AS dataset FROM reports WHERE report_id LIKE '示范省%'`);
    expect(n).toMatchObject({ datasets: 1, dataset: 'imported' });
    expect(Number(n?.n)).toBeGreaterThan(100);
    await clearImported(db);
    const [left] = await db.query(sql`SELECT count(*) AS n FROM reports WHERE report_id LIKE '示范省%'`);
    expect(left?.n).toBe(0);
  });
});

describe('reportBatch(db, item)', () => {
  const item = (policy: ReportItem['policy']): ReportItem => ({
    id: 0, path: 'a/下冶.txt', status: 'report', parsed: parsed('下冶镇人民政府', 2020, null), findings: [], name: '下冶镇人民政府', year: 2020,
    identity: { kind: 'township', province: '', city: '', county: '' }, resolved: { 't3.granted.total': { value: 21, reason: '看原件' } },
    duplicateOf: SAMPLE_ID, policy,
  });

  it('replaces the loaded report of the same agency and year, or keeps both under a suffixed id', async () => {
    await clearImported(db);
    const original = buildRecord(parsed('下冶镇人民政府', 2020, 1), {
      name: '下冶镇人民政府', year: 2020, identity: { kind: 'township', province: '', city: '', county: '' }, resolved: {}, sourceFile: 'x.txt',
    });
    await applyBatch(db, batchOf(original), 0);
    const replace = reportBatch(await loadedReports(db), item('replace'), '李四', '2026-11-29T08:00:00.000Z');
    expect(replace).toMatchObject({ replaces: [SAMPLE_ID], idSuffix: '' });
    expect(replace.corrections).toEqual([
      { reportId: SAMPLE_ID, key: 't3.granted.total', value: 21, previousRaw: '21', candidates: [2, 21], author: '李四', at: '2026-11-29T08:00:00.000Z', reason: '看原件' },
    ]);
    const keep = reportBatch(await loadedReports(db), item('keep'), '李四', '2026-11-29T08:00:00.000Z');
    expect(keep).toMatchObject({ replaces: [], idSuffix: '#2' });
    expect(await applyBatch(db, keep, 0)).toEqual([`${SAMPLE_ID}#2`]);
    expect(reportBatch(await loadedReports(db), item('keep'), '李四', '2026-11-29T08:00:00.000Z').idSuffix).toBe('#3');
  });
});
