import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { checkAll } from '../../src/checks/index.ts';
import { vectorHash } from '../../src/checks/copies.ts';
import type { ReportRecord } from '../../src/domain/index.ts';
import { generateCounty } from '../../src/generate/index.ts';
import { toCsvTables } from '../../src/generate/csv.ts';
import type { CheckRecordsIpc } from '../../src/load/index.ts';
import { keptChecks, keyedRecordsFromIpc, loadBatch, loadDataset, loadFindings, recordsFromIpc, updateFindings } from '../../src/load/index.ts';

interface Planted {
  rule: string;
  reportId: string;
  cells: string[];
  alsoBreaks: string[];
}

const planted = JSON.parse(readFileSync('data/demo/planted.json', 'utf8')) as Planted[];
const file = (name: string) => new Uint8Array(readFileSync(`data/demo/${name}.csv`));
const bytes = (s: string) => new TextEncoder().encode(s);

let db: Connector;
let stored: { report_id: string; rule: string; cells: string[]; message_zh: string; related_report_id: string | null }[];
beforeAll(async () => {
  db = await createNodeConnector();
  await loadDataset(db, 'demo', { agencies: file('agencies'), reports: file('reports'), cells: file('cells') });
  await loadFindings(db);
  stored = await db.query(sql`SELECT report_id, rule, cells, message_zh, related_report_id FROM findings ORDER BY report_id, rule`);
});

describe('loadFindings over the demo county', () => {
  it('finds every planted defect (missing reports aside: they have no report to attach to)', () => {
    for (const p of planted.filter((d) => d.rule !== 'M1')) {
      const hit = stored.find((f) => f.report_id === p.reportId && f.rule === p.rule);
      expect(hit, `${p.rule} in ${p.reportId}`).toBeDefined();
    }
  });

  it('reports nothing on the clean reports', () => {
    const expected = new Set(planted.flatMap((p) => [p.rule, ...p.alsoBreaks].map((r) => `${p.reportId} ${r}`)));
    const unexpected = stored.filter((f) => !expected.has(`${f.report_id} ${f.rule}`));
    expect(unexpected).toEqual([]);
  });

  it('stores the cells as a list and a Chinese message naming them', () => {
    const r32 = stored.find((f) => f.rule === 'R3.2');
    expect(Array.isArray(r32?.cells)).toBe(true);
    expect(r32?.cells.length).toBeGreaterThan(0);
    expect(r32?.message_zh).toMatch(/\d/);
  });

  it('gives the same findings through a check that decodes the records itself (as the browser’s worker does)', async () => {
    let prepared = false;
    const found = await loadFindings(db, { prepare: () => (prepared = true), fromIpc: async (ipc) => checkAll(recordsFromIpc(ipc)) });
    expect(prepared).toBe(true);
    expect(found.map((f) => `${f.reportId} ${f.rule}`).sort()).toEqual(stored.map((f) => `${f.report_id} ${f.rule}`).sort());
  });

  it('replaces the findings when run again instead of adding duplicates', async () => {
    await loadFindings(db);
    const [n] = await db.query<{ n: number }>(sql`SELECT count(*) AS n FROM findings`);
    expect(n?.n).toBe(stored.length);
  });
});

describe('updateFindings after an import', () => {
  const stored = (c: Connector) =>
    c.query<Record<string, unknown>>(sql`SELECT * FROM findings ORDER BY report_id, rule, message_en, related_report_id`);

  it('stores what loadFindings stores, reading back and rechecking only the reports loaded and replaced', async () => {
    const c = await createNodeConnector();
    await loadDataset(c, 'demo', { agencies: file('agencies'), reports: file('reports'), cells: file('cells') });
    const kept = keptChecks();
    const here: CheckRecordsIpc = {
      fromIpc: async (ipc) => kept.all(keyedRecordsFromIpc(ipc)),
      update: async (changed, ipc) => kept.update(changed, keyedRecordsFromIpc(ipc)),
    };
    expect(await updateFindings(c, ['nothing kept yet'], here)).toEqual(await loadFindings(c, checkAll));
    const demo = generateCounty().reports;
    const other = generateCounty({ seed: 5, county: '另一县' });
    // New reports, a copy of a demo report's figures a year later under another agency, and a replaced demo report.
    const copied = demo.find((r) => vectorHash(r) !== null) as ReportRecord;
    const replaced = demo.find((r) => r.year === 2021 && demo.some((n) => n.agency.id === r.agency.id && n.year === 2022)) as ReportRecord;
    const copy = { ...copied, agency: { ...copied.agency, id: 'x/抄写镇' }, year: copied.year + 1, dataset: 'imported' };
    const fresh = { ...replaced, cells: { ...replaced.cells, 't3.carried_over_out.total': { value: 4321, raw: '4321' } }, dataset: 'imported' };
    const incoming = toCsvTables([...other.agencies, copy.agency, fresh.agency], [...other.reports.slice(0, 40), copy, fresh]);
    const replacedId = `${replaced.agency.id}|${replaced.year}`;
    const ids = await loadBatch(c, 'import', { agencies: bytes(incoming.agencies), reports: bytes(incoming.reports), cells: bytes(incoming.cells) }, { replaces: [replacedId] });
    const updated = await updateFindings(c, [...ids, replacedId], here);
    const afterUpdate = await stored(c);
    const full = await loadFindings(c, checkAll);
    expect(updated).toEqual(full);
    expect(afterUpdate).toEqual(await stored(c));
    expect(full.some((f) => f.rule === 'C1' && f.reportId.startsWith('x/抄写镇|'))).toBe(true);
    expect(full.some((f) => f.rule === 'X1' && f.relatedReportId === replacedId)).toBe(true);
  });
});
