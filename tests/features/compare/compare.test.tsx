// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Row, Sql } from '../../../src/db/index.ts';
import { Compare } from '../../../src/features/compare/index.ts';
import type { Filters } from '../../../src/queries/index.ts';
import { indicatorByGroupSql } from '../../../src/queries/index.ts';
import { findChartOption, renderView, unmountViews } from '../render-view.tsx';

afterEach(unmountViews);

const filters: Filters = { dataset: 'demo', years: [], kinds: [] };
const peers: Filters = { ...filters, kinds: ['department'] };
const agency = (id: string, name: string) => ({ agency_id: id, agency_name: name, kind: 'department' });

// The figures per agency and year, of every year and kind: the ranking picks the peer group's kind and adds up
// the selected years, and the grids pick their pages of agencies from the same answer.
const perYear = (q: Sql) => q.text === indicatorByGroupSql({ ...peers, kinds: [] }, 'disclosure_rate', 'agency_year', true).text;

/** Facets by the shape of their SQL; the indicator query by its exact text. */
function answer(q: Sql): Row[] | Error {
  if (q.text.includes('SELECT DISTINCT dataset')) return [{ dataset: 'demo' }];
  if (q.text.includes('SELECT DISTINCT year')) return [{ year: 2024 }];
  if (q.text.includes('SELECT DISTINCT kind')) return [{ kind: 'department' }, { kind: 'township' }];
  if (perYear(q)) {
    return [
      { ...agency('a', '甲局'), year: 2024, numerator: 8, denominator: 10, reports: 1, reports_without_figure: 0 },
      { ...agency('b', '乙局'), year: 2024, numerator: 1, denominator: 3, reports: 1, reports_without_figure: 0 },
      { ...agency('c', '丙局'), year: 2024, numerator: null, denominator: null, reports: 1, reports_without_figure: 1 },
      // Another kind: outside the peer group.
      { ...agency('d', '丁镇'), kind: 'township', year: 2024, numerator: 9, denominator: 10, reports: 1, reports_without_figure: 0 },
    ];
  }
  return new Error(`unexpected query: ${q.text.slice(0, 80)}`);
}

// More agencies than a heatmap page: the grids draw a page of them.
const many = Array.from({ length: 45 }, (_, i) => ({
  ...agency(`x${i}`, `机关${String(i).padStart(2, '0')}`), year: 2024, numerator: 1, denominator: 9, reports: 1, reports_without_figure: 0,
}));

describe('Compare', () => {
  it('ranks the peer group and marks tiny denominators “insufficient data” and missing figures apart', async () => {
    const view = renderView(<Compare filters={filters} />, answer);
    const table = await view.findByTestId('peer-table');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [tr.getAttribute('data-status'), tr.querySelector('th')?.textContent]);
    expect(rows).toEqual([
      ['ranked', '甲局'],
      ['insufficient', '乙局'],
      ['missing', '丙局'],
    ]);
    expect(table.querySelector('tr[data-status=insufficient] td.status')?.textContent).toBe('数据不足（分母 3 < 5）');
    expect(table.querySelector('tr[data-status=ranked] td.num')?.textContent).toBe('1');
  });

  it('shows the error of a failed query in its cards', async () => {
    const view = renderView(<Compare filters={filters} />, (q) => (perYear(q) ? new Error('查询失败') : answer(q)));
    expect((await view.findAllByRole('alert')).map((a) => a.textContent)).toEqual([expect.stringContaining('查询失败'), expect.stringContaining('查询失败'), expect.stringContaining('查询失败')]);
  });

  it('colours each agency’s heatmap row by its figure', async () => {
    const view = renderView(<Compare filters={filters} />, answer);
    const option = await findChartOption(view.container, '公开率：机关 × 年度');
    const filled = (option.dataset as { source: { row: string; col: string; value: number }[] }[])[0]?.source;
    expect(filled?.map((c) => [c.row, c.col, c.value])).toEqual([['甲局', '2024', 0.8]]);
  });

  it('draws a large group a page at a time, 40 heatmap rows and 20 small multiples, picked from the ranking’s answer', async () => {
    const view = renderView(<Compare filters={filters} />, (q) => (perYear(q) ? many : answer(q)));
    await view.findByTestId('peer-multiples');
    const heat = await findChartOption(view.container, '公开率：机关 × 年度');
    const rows = new Set(((heat.dataset as { source: { row: string }[] }[])[0]?.source ?? []).map((c) => c.row));
    expect([...rows].sort()).toEqual(many.slice(0, 40).map((a) => a.agency_name));
    const multiples = await findChartOption(view.container, '公开率：各机关历年走势');
    expect((multiples.series as { name: string }[]).map((s) => s.name)).toEqual(many.slice(0, 20).map((a) => a.agency_name));
    // One query for the ranking and every page of both grids.
    expect(view.asked.filter(perYear)).toHaveLength(1);
  });
});
