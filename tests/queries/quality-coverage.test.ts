import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { coverageRows } from '../../src/features/quality/coverage-rows.ts';
import type { CoverageCell, Filters } from '../../src/queries/index.ts';
import { coverageMatrixQuery, coverageMatrixSql } from '../../src/queries/index.ts';
import { compareNames } from '../../src/ui/format.ts';
import { demoDb, planted } from './quality-demo-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await demoDb();
});

const demo: Filters = { dataset: 'demo', years: [], kinds: [] };
const matrix = (f: Partial<Filters> = {}) => new QueryClient().fetchQuery(coverageMatrixQuery(db, { ...demo, ...f }));
const missingIds = (cells: CoverageCell[]) =>
  cells.filter((c) => c.reportId === null).map((c) => `${c.agencyId}|${c.year}`).sort();

describe('coverageMatrixQuery(db, filters)', () => {
  it('crosses the 42 demo agencies with the 7 years 2019–2025 and finds exactly the three planted gaps', async () => {
    const cells = await matrix();
    expect(cells).toHaveLength(42 * 7);
    expect([...new Set(cells.map((c) => c.year))]).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const gaps = planted.filter((p) => p.rule === 'M1').map((p) => p.reportId).sort();
    expect(gaps).toHaveLength(3);
    expect(missingIds(cells)).toEqual(gaps);
  });

  it('counts the findings of every planted defect’s report in its cell', async () => {
    const cells = await matrix();
    for (const p of planted.filter((d) => d.rule !== 'M1')) {
      const cell = cells.find((c) => c.reportId === p.reportId);
      expect(cell?.findings, p.reportId).toBeGreaterThan(0);
    }
    // 城关镇 2020: R3.1 and R3.2, each in 自然人 and 总计.
    const chengguan = cells.find((c) => c.reportId === '示范省/演示市/样例县/城关镇人民政府|2020');
    expect(chengguan).toMatchObject({ errors: 4, warnings: 0, findings: 4, template: 'v2019' });
    expect(cells.find((c) => c.reportId === '示范省/演示市/样例县/青石镇人民政府|2025')).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('narrows columns to the selected years and rows to the selected kinds', async () => {
    const y2019 = await matrix({ years: [2019] });
    expect(y2019).toHaveLength(42);
    expect(missingIds(y2019)).toEqual(['示范省/演示市/样例县/北山乡人民政府|2019']);
    const townships = await matrix({ kinds: ['township'] });
    expect(new Set(townships.map((c) => c.agencyId)).size).toBe(11);
    expect(missingIds(townships)).toHaveLength(2);
  });

  it('keeps unselected templates as published cells, never as gaps', async () => {
    const cells = await matrix({ templates: ['v2021'] });
    expect(cells).toHaveLength(42 * 7);
    expect(missingIds(cells)).toHaveLength(3);
  });

  it('binds the dataset and years as parameters instead of splicing them into the SQL text', async () => {
    const q = coverageMatrixSql({ ...demo, years: [2019] });
    expect(q.text).not.toContain("'demo'");
    expect(q.params).toContain('demo');
    await expect(db.query({ text: `EXPLAIN ${q.text}`, params: q.params })).resolves.toBeDefined();
  });
});

describe('coverageRows(cells, compareNames)', () => {
  it('groups agencies by kind in AGENCY_KINDS order with names in pinyin order', async () => {
    const { years, groups, missing } = coverageRows(await matrix(), compareNames);
    expect(years).toHaveLength(7);
    expect(missing).toBe(3);
    expect(groups.map((g) => [g.kind, g.agencies.length])).toEqual([
      ['township', 11], ['street', 4], ['department', 25], ['government_office', 1], ['jurisdiction', 1],
    ]);
    expect(groups[0]?.agencies.map((a) => a.name.slice(0, 2))).toEqual([
      '白沙', '北山', '城关', '东岭', '红旗', '柳林', '南湖', '青石', '清水', '桃源', '西河',
    ]);
    for (const a of groups.flatMap((g) => g.agencies)) expect(a.cells.map((c) => c.year)).toEqual(years);
  });
});
