import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import type { CoverageCell, Filters } from '../../src/queries/index.ts';
import { answerOf, coverageAgenciesQuery, coverageCountsSql, coverageMatrixQuery, coverageMatrixSql, coverageTotalsQuery } from '../../src/queries/index.ts';
import { demoDb, planted } from './quality-demo-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await demoDb();
});

const demo: Filters = { dataset: 'demo', years: [], kinds: [] };
const matrix = (f: Partial<Filters> = {}) => answerOf(new QueryClient(), coverageMatrixQuery(db, { ...demo, ...f }));
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

/** What the view's counts must be: the full matrix counted cell by cell, per kind. */
function countCells(cells: readonly CoverageCell[]) {
  const kinds = [...new Set(cells.map((c) => c.kind))].sort();
  return kinds.map((kind) => {
    const of = cells.filter((c) => c.kind === kind);
    return {
      kind,
      agencies: new Set(of.map((c) => c.agencyId)).size,
      expected: of.length,
      published: of.filter((c) => c.reportId !== null).length,
      errors: of.filter((c) => c.errors > 0).length,
      warnings: of.filter((c) => c.errors === 0 && c.warnings > 0).length,
    };
  });
}

describe('coverageTotalsQuery(db, filters)', () => {
  const totals = (f: Partial<Filters> = {}) => answerOf(new QueryClient(), coverageTotalsQuery(db, { ...demo, ...f }));
  const narrowings: Partial<Filters>[] = [{}, { years: [2019, 2023] }, { kinds: ['township', 'department'] }, { templates: ['v2021'] }, { years: [2020], kinds: ['street'] }, { cities: ['演示市'] }, { cities: ['无此市'] }];

  it('counts per kind what the full matrix holds, under every narrowing', async () => {
    for (const f of narrowings) {
      const [t, cells] = await Promise.all([totals(f), matrix(f)]);
      expect(t.kinds, JSON.stringify(f)).toEqual(countCells(cells));
      // The columns are the dataset's span, narrowed to the years picked, whichever agencies are in the rows.
      expect(t.years, JSON.stringify(f)).toEqual(f.years ?? [2019, 2020, 2021, 2022, 2023, 2024, 2025]);
      if (cells.length) expect(t.years, JSON.stringify(f)).toEqual([...new Set(cells.map((c) => c.year))].sort());
    }
  });

  it('finds the three planted gaps and the errors of 城关镇 2020 among the townships', async () => {
    const t = await totals();
    expect(t.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(t.kinds.reduce((n, k) => n + k.expected - k.published, 0)).toBe(3);
    expect(t.kinds.find((k) => k.kind === 'township')).toMatchObject({ agencies: 11, expected: 77 });
    expect(t.kinds.find((k) => k.kind === 'township')?.errors).toBeGreaterThan(0);
  });
});

describe('coverageAgenciesQuery(db, filters)', () => {
  const agencies = (f: Partial<Filters> = {}) => answerOf(new QueryClient(), coverageAgenciesQuery(db, { ...demo, ...f }));

  it('lists the agencies of the matrix rows, whatever the years', async () => {
    for (const f of [{}, { kinds: ['township' as const] }, { years: [2019] }]) {
      const ids = (await agencies(f)).map((a) => a.agencyId).sort();
      expect(ids, JSON.stringify(f)).toEqual([...new Set((await matrix(f)).map((c) => c.agencyId))].sort());
    }
    expect(await agencies()).toHaveLength(42);
    expect(await agencies({ cities: ['演示市'] })).toHaveLength(42);
    expect(await agencies({ cities: ['无此市'] })).toEqual([]);
  });

  it('keys its result by the filters that choose rows only, and picks kinds and regions from every one’s agencies', async () => {
    const key = (f: Partial<Filters>) => JSON.stringify(coverageAgenciesQuery(db, { ...demo, ...f }).queryKey);
    expect(key({ years: [2019], templates: ['v2021'] })).toBe(key({}));
    expect(key({ kinds: ['street'], cities: ['演示市'], counties: ['样例县'] })).toBe(key({}));
    expect(key({ agencies: ['示范省/演示市/样例县/城关镇人民政府'] })).not.toBe(key({}));
    const streets = await agencies({ kinds: ['street'] });
    expect(streets.length).toBeGreaterThan(0);
    expect(streets).toEqual((await agencies()).filter((a) => a.kind === 'street'));
  });
});

describe('coverageMatrixQuery(db, filters, page)', () => {
  it('gives the cells of the page’s agencies only, as the full matrix has them', async () => {
    const all = await matrix({ years: [2019, 2020] });
    const page = [...new Set(all.map((c) => c.agencyId))].slice(3, 8);
    const cells = await answerOf(new QueryClient(), coverageMatrixQuery(db, { ...demo, years: [2019, 2020] }, page));
    expect(cells).toEqual(all.filter((c) => page.includes(c.agencyId)));
    expect(await answerOf(new QueryClient(), coverageMatrixQuery(db, demo, []))).toEqual([]);
  });
});

describe('coverage queries across a year or kind change', () => {
  it('narrow the counts and cells they already hold, asking DuckDB nothing', async () => {
    const asked: string[] = [];
    const counting: Connector = { ...db, query: (q) => (asked.push(q.text), db.query(q)) };
    // As the app's client: results stay fresh until an import resets them.
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    const page = (await matrix()).slice(0, 14).map((c) => c.agencyId);
    const at = (years: number[]) => Promise.all([
      answerOf(client, coverageTotalsQuery(counting, { ...demo, years })),
      answerOf(client, coverageMatrixQuery(counting, { ...demo, years }, page)),
    ]);
    await at([2019, 2020]);
    expect(asked).toHaveLength(2);
    const [totals, cells] = await at([2021]);
    expect(asked).toHaveLength(2);
    expect(totals).toEqual(await answerOf(new QueryClient(), coverageTotalsQuery(db, { ...demo, years: [2021] })));
    expect(cells.every((c) => c.year === 2021)).toBe(true);
    // The counts keep kinds apart: a kind change picks that kind's, and asks nothing either.
    const townships = await answerOf(client, coverageTotalsQuery(counting, { ...demo, years: [2021], kinds: ['township'] }));
    expect(asked).toHaveLength(2);
    expect(townships.kinds).toEqual(totals.kinds.filter((k) => k.kind === 'township'));
    const [published] = await db.query(coverageCountsSql({ ...demo, years: [2021], kinds: ['township'] }));
    expect(townships.kinds[0]?.agencies).toBe(Number(published?.agencies));
  });
});
