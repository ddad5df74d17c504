import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/checks/index.ts';
import type { Connector } from '../../src/db/index.ts';
import type { Filters, FindingsFilter } from '../../src/queries/index.ts';
import { answerOf, findingCountsQuery, findingsListQuery, findingsListSql } from '../../src/queries/index.ts';
import { demoDb, planted } from './quality-demo-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await demoDb();
});

const demo: Filters = { dataset: 'demo', years: [], kinds: [] };
const open: FindingsFilter = { rules: [], severities: [], agencies: [], years: [] };
const list = (q: Partial<FindingsFilter> = {}, f: Partial<Filters> = {}) =>
  answerOf(new QueryClient(), findingsListQuery(db, { ...demo, ...f }, { ...open, ...q }));

const AGENCY = '示范省/演示市/样例县/';

describe('findingsListQuery(db, filters, q)', () => {
  it('lists a finding of the planted rule for every planted defect’s report', async () => {
    const rows = await list();
    for (const p of planted.filter((d) => d.rule !== 'M1')) {
      expect(rows.filter((r) => r.reportId === p.reportId).length, p.reportId).toBeGreaterThan(0);
      expect(rows.some((r) => r.reportId === p.reportId && r.rule === p.rule), `${p.rule} ${p.reportId}`).toBe(true);
    }
  });

  it('puts errors first', async () => {
    const severities = (await list()).map((r) => r.severity);
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
  });

  it('narrows to rule R3.2: 城关镇 2020 and 民政局 2021 in 自然人 and 总计, 人社局 2024 in 总计', async () => {
    const rows = await list({ rules: ['R3.2'] });
    expect(rows.every((r) => r.rule === 'R3.2')).toBe(true);
    expect(rows.map((r) => `${r.agencyName} ${r.year}`).sort()).toEqual([
      '城关镇人民政府 2020', '城关镇人民政府 2020', '样例县人力资源和社会保障局 2024', '样例县民政局 2021', '样例县民政局 2021',
    ]);
  });

  it('narrows by severity, agency and year, and by the dashboard filters', async () => {
    const warnings = await list({ severities: ['warning'] });
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((r) => r.severity === 'warning')).toBe(true);
    const education = await list({ agencies: [`${AGENCY}样例县教育局`] });
    expect(education.map((r) => `${r.rule} ${r.year}`)).toEqual(['R3.1 2022', 'R3.1 2022']);
    const y2025 = await list({ years: [2025] });
    expect([...new Set(y2025.map((r) => r.agencyName))].sort()).toEqual(['样例县卫生健康局', '青石镇人民政府'].sort());
    const townships = await list({}, { kinds: ['township'] });
    expect(townships.map((r) => r.rule).sort()).toEqual(['P1', 'R3.1', 'R3.1', 'R3.2', 'R3.2']);
    expect(await list({ rules: ['R3.2'] }, { years: [2019] })).toEqual([]);
  });

  it('names every cell with its template label and keeps the related report of cross-report rules', async () => {
    const [p1] = await list({ rules: ['P1'] });
    expect(p1?.cells).toEqual(['t2.regulations.issued', 't2.regulations.in_force']);
    expect(p1?.cellLabels).toHaveLength(2);
    expect(p1?.cellLabels[0]).toMatch(/规章.*本年制发件数/);
    const x1 = await list({ rules: ['X1'] });
    expect(x1.length).toBeGreaterThan(0);
    for (const r of x1) {
      expect(r.relatedReportId).toBe(`${AGENCY}样例县卫生健康局|2024`);
      expect([r.relatedAgencyName, r.relatedYear]).toEqual(['样例县卫生健康局', 2024]);
      expect(r.cellLabels[0]).toMatch(/上年结转/);
    }
    for (const r of await list()) expect(r.cellLabels).toHaveLength(r.cells.length);
  });

  it('binds rule and agency as parameters and runs under EXPLAIN', async () => {
    const q = findingsListSql(demo, { ...open, rules: ['R3.2'], agencies: [`${AGENCY}样例县民政局`] });
    expect(q.text).not.toContain('R3.2');
    expect(q.text).not.toContain('民政局');
    await expect(db.query({ text: `EXPLAIN ${q.text}`, params: q.params })).resolves.toBeDefined();
  });

  it('names the cells in SQL for exports exactly as the view names them, in the same order', async () => {
    const viewed = await list();
    const exported = await db.query(findingsListSql(demo, open, true));
    expect(exported.map((r) => [String(r.report_id), String(r.rule), Array.from(r.cell_labels as Iterable<unknown>, String)]))
      .toEqual(viewed.map((r) => [r.reportId, r.rule, r.cellLabels]));
    expect(viewed.flatMap((r) => r.cellLabels).some((label) => label.includes(' · '))).toBe(true);
  });
});

describe('findingCountsQuery(db, filters, q)', () => {
  it('counts per rule and severity, adding up to the list, and knows every rule it counts', async () => {
    const counts = await answerOf(new QueryClient(), findingCountsQuery(db, demo, open));
    const rows = await list();
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(rows.length);
    expect(counts.find((c) => c.rule === 'R3.2')).toEqual({ rule: 'R3.2', severity: 'error', count: 5 });
    for (const c of counts) expect(RULES.some((r) => r.id === c.rule), c.rule).toBe(true);
  });

  it('follows agency and year but not rule or severity, so the chips keep their counts', async () => {
    const q = { ...open, years: [2025], rules: ['P1'], severities: ['error' as const] };
    const counts = await answerOf(new QueryClient(), findingCountsQuery(db, demo, q));
    expect(counts.map((c) => [c.rule, c.count])).toEqual([['P1', 1], ['X1', 2]]);
  });
});
