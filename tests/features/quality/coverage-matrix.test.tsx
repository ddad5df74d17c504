// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Row, Sql } from '../../../src/db/index.ts';
import { CoverageMatrix } from '../../../src/features/quality/coverage-matrix.tsx';
import type { Filters } from '../../../src/queries/index.ts';
import { coverageAgenciesSql, coverageCountsSql, coverageMatrixSql } from '../../../src/queries/index.ts';
import { renderView, unmountViews } from '../render-view.tsx';

const filters: Filters = { dataset: 'p', years: [2024, 2025], kinds: [] };
// 150 township names whose pinyin order is their number's order (镇 + zero-padded number), listed out of order.
const names = Array.from({ length: 150 }, (_, i) => `镇${String(149 - i).padStart(3, '0')}`);
const idOf = (name: string) => `p/${name}`;
const agencies = names.map((n) => ({ agency_id: idOf(n), agency_name: n, kind: 'township' }));
// Counts come per kind and year of the span (2024–2025): 150 township reports in 2024, 149 in 2025.
const counts = [2024, 2025].map((year) => ({ kind: 'township', agencies: 150, year, published: year === 2024 ? 150 : 149, errors: 0, warnings: 0, lo: 2024, hi: 2025 }));
const cellsOf = (ids: readonly string[]) =>
  ids.flatMap((id) => [2024, 2025].map((year) => ({
    agency_id: id, agency_name: id.slice(2), kind: 'township', year, report_id: id === idOf('镇120') && year === 2025 ? null : `${id}|${year}`,
    template: 'v2021', errors: 0, warnings: 0, findings: 0,
  })));
const sorted = [...names].sort().map(idOf);
const pages = [sorted.slice(0, 100), sorted.slice(100), [idOf('镇120')]];

const same = (a: Sql, b: Sql) => a.text === b.text && JSON.stringify(a.params) === JSON.stringify(b.params);
function answer(q: Sql): Row[] | Error {
  if (same(q, coverageAgenciesSql(filters))) return agencies;
  if (same(q, coverageCountsSql(filters))) return counts;
  // The view asks for its page's cells of every year and narrows them to the selected years itself.
  const page = pages.find((ids) => same(q, coverageMatrixSql({ ...filters, years: [] }, ids)));
  return page ? cellsOf(page) : new Error(`unexpected query: ${q.text.slice(0, 80)} ${q.params.length} params`);
}

afterEach(unmountViews);

const shownAgencies = (matrix: HTMLElement) => [...matrix.querySelectorAll('tr[data-agency]')].map((tr) => tr.getAttribute('data-agency'));

describe('CoverageMatrix at more than a page of agencies', () => {
  it('asks for the cells of the page it shows, in pinyin order, and of the agencies a search finds', async () => {
    const view = renderView(<CoverageMatrix filters={filters} />, answer);
    const matrix = await view.findByTestId('coverage-matrix');
    expect(shownAgencies(matrix)).toEqual(pages[0]?.map((id) => id.slice(2)));
    expect(view.getByTestId('missing-count').textContent).toBe('共缺 1 份年报');
    expect(matrix.querySelector('th[scope=rowgroup]')?.textContent).toBe('乡镇（150）');
    fireEvent.click(view.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(shownAgencies(matrix)).toEqual(pages[1]?.map((id) => id.slice(2))));
    expect(matrix.querySelectorAll('tr[data-agency="镇120"] td[data-state=missing]')).toHaveLength(1);
    fireEvent.change(view.getByTestId('pager-search'), { target: { value: '镇120' } });
    await waitFor(() => expect(shownAgencies(matrix)).toEqual(['镇120']));
    expect(view.getByTestId('pager-status').textContent).toBe('第 1–1 条，匹配 1 条，共 150 条');
    expect(view.asked.filter((q) => q.text.includes('CROSS JOIN')).map((q) => new Set(q.params.filter((p) => String(p).startsWith('p/'))).size)).toEqual([100, 50, 1]);
  });
});
