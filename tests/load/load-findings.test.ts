import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { checkAll } from '../../src/checks/index.ts';
import { loadDataset, loadFindings, recordsFromIpc } from '../../src/load/index.ts';

interface Planted {
  rule: string;
  reportId: string;
  cells: string[];
  alsoBreaks: string[];
}

const planted = JSON.parse(readFileSync('data/demo/planted.json', 'utf8')) as Planted[];
const file = (name: string) => new Uint8Array(readFileSync(`data/demo/${name}.csv`));

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
