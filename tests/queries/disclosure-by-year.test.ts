import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { DISCLOSURE_MEASURES } from '../../src/indicators/index.ts';
import type { DisclosureCellSum, DisclosureFigure, Filters } from '../../src/queries/index.ts';
import { answerOf, disclosureByYearQuery, disclosureCellsSql, disclosureFigures, templateCountsSql } from '../../src/queries/index.ts';
import { selectedReports } from '../../src/queries/selection.ts';
import { fixtureViewsDb } from './fixture-views-db.ts';
import { demoDb } from './quality-demo-db.ts';

let db: Connector;
let demo: Connector;
beforeAll(async () => {
  [db, demo] = await Promise.all([fixtureViewsDb(), demoDb()]);
}, 120_000);

/** The figures as the view computed them before the pre-aggregate: every t2 cell summed from `disclosure`. */
async function figuresFromCells(on: Connector, f: Filters) {
  const cells = await on.query(sql`
    SELECT year, template, row_key || '.' || col_key AS cell, sum(value) AS value
    FROM disclosure WHERE template IS NOT NULL AND ${selectedReports(f)}
    GROUP BY year, template, row_key, col_key`);
  const counts = await on.query(templateCountsSql(f));
  return disclosureFigures(
    cells.map((r) => ({ year: Number(r.year), template: r.template, cell: String(r.cell), value: r.value === null ? null : Number(r.value) }) as DisclosureCellSum),
    counts.map((r) => ({ year: Number(r.year), template: r.template as DisclosureCellSum['template'], reports: Number(r.reports) })),
  );
}

describe('disclosureByYearQuery', () => {
  it('folds t2 cells into measures, marking template-specific ones not comparable', async () => {
    const figures = await answerOf(new QueryClient(), disclosureByYearQuery(db, { dataset: 'views', years: [], kinds: [] }));
    const pick = (year: number, measure: string) => {
      const f = figures.find((x) => x.year === year && x.measure === measure);
      return f && [f.status, f.value, f.reports, f.reportsInYear];
    };
    // 2020: 甲镇 alone on v2019. 2021: 甲镇 and 公安局 on v2021, 乙镇 with a v2019 t2; 样例县 (999) left out.
    expect(pick(2020, 'licensing_decisions')).toEqual(['value', 10, 1, 1]);
    expect(pick(2020, 'fee_amount')).toEqual(['not_comparable', null, 0, 1]);
    expect(pick(2020, 'procurement_amount')).toEqual(['value', 25.1, 1, 1]);
    expect(pick(2021, 'licensing_decisions')).toEqual(['value', 125, 3, 3]);
    expect(pick(2021, 'penalty_decisions')).toEqual(['value', 50, 3, 3]);
    expect(pick(2021, 'normative_docs_new')).toEqual(['value', 5, 3, 3]);
    expect(pick(2021, 'normative_docs_total_published')).toEqual(['value', 9, 1, 3]);
    expect(pick(2021, 'normative_docs_in_force')).toEqual(['value', 11, 2, 3]);
    expect(pick(2021, 'fee_amount')).toEqual(['value', 4, 2, 3]);
    expect(pick(2021, 'procurement_amount')).toEqual(['value', null, 1, 3]);
  });

  it.each<[string, Partial<Filters>]>([
    ['everything', {}],
    ['townships in 2020 and 2024', { kinds: ['township'], years: [2020, 2024] }],
    ['only jurisdiction aggregates', { kinds: ['jurisdiction'] }],
    ['reports on the 2021 template', { templates: ['v2021'] }],
  ])('gives the demo county the figures its t2 cells give (%s)', async (_, f) => {
    const filters: Filters = { dataset: 'demo', years: [], kinds: [], ...f };
    const figures = await answerOf(new QueryClient(), disclosureByYearQuery(demo, filters));
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.some((x) => x.value !== null && x.value > 0)).toBe(true);
    // Sums of money in another order may differ in the last bit of a double; the view shows 4 decimals at most.
    const rounded = (xs: DisclosureFigure[]) => xs.map((x) => ({ ...x, value: x.value === null ? null : Number(x.value.toFixed(6)) }));
    expect(rounded(figures)).toEqual(rounded(await figuresFromCells(demo, filters)));
  });

  it('disclosureCellsSql(f) reads every cell a measure needs from disclosure_summary, and only filled ones', async () => {
    const columns = await demo.query(sql`SELECT column_name FROM duckdb_columns() WHERE table_name = 'disclosure_summary'`);
    const names = new Set(columns.map((c) => String(c.column_name)));
    for (const m of DISCLOSURE_MEASURES) for (const cell of Object.values(m.cells)) expect(names, `${m.id}: ${cell}`).toContain(cell);
    const rows = await demo.query(disclosureCellsSql({ dataset: 'demo', years: [2019], kinds: [] }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.year === 2019 && r.value !== null)).toBe(true);
  });

  it('disclosureFigures(cells, counts) says not comparable only when no report of the year measures it', () => {
    const f = disclosureFigures([], [{ year: 2022, template: 'v2021', reports: 4 }]);
    expect(f.find((x) => x.measure === 'procurement_projects')).toMatchObject({ status: 'not_comparable', value: null });
    expect(f.find((x) => x.measure === 'penalty_decisions')).toMatchObject({ status: 'value', value: null, reports: 4 });
  });
});
