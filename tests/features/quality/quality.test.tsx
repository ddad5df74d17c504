// @vitest-environment happy-dom
import { fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Row, Sql } from '../../../src/db/index.ts';
import { Quality } from '../../../src/features/quality/index.ts';
import type { FindingsFilter, Filters } from '../../../src/queries/index.ts';
import { coverageAgenciesSql, coverageCountsSql, coverageMatrixSql, findingCountsSql, findingsListSql } from '../../../src/queries/index.ts';
import { renderView, unmountViews } from '../render-view.tsx';

const filters: Filters = { dataset: 'demo', years: [], kinds: [] };
const JIA = 'p/甲局';
const YI = 'p/乙镇';

const cov = (agencyId: string, name: string, kind: string, year: number, template: string | null, errors = 0, warnings = 0) => ({
  agency_id: agencyId, agency_name: name, kind, year, report_id: template ? `${agencyId}|${year}` : null, template,
  errors, warnings, findings: errors + warnings,
});
const coverage = [
  cov(JIA, '甲局', 'department', 2022, 'v2019'),
  cov(JIA, '甲局', 'department', 2023, 'v2021', 1, 1),
  cov(JIA, '甲局', 'department', 2024, null),
  cov(YI, '乙镇', 'township', 2022, 'mixed', 0, 1),
  cov(YI, '乙镇', 'township', 2023, null),
  cov(YI, '乙镇', 'township', 2024, 'v2021'),
];
const agencies = [
  { agency_id: JIA, agency_name: '甲局', kind: 'department' },
  { agency_id: YI, agency_name: '乙镇', kind: 'township' },
];
// Counts per kind and year of the span 2022–2024, as the matrix above holds them.
const counts = [
  { kind: 'department', agencies: 1, year: 2022, published: 1, errors: 0, warnings: 0, lo: 2022, hi: 2024 },
  { kind: 'department', agencies: 1, year: 2023, published: 1, errors: 1, warnings: 0, lo: 2022, hi: 2024 },
  { kind: 'township', agencies: 1, year: 2022, published: 1, errors: 0, warnings: 1, lo: 2022, hi: 2024 },
  { kind: 'township', agencies: 1, year: 2024, published: 1, errors: 0, warnings: 0, lo: 2022, hi: 2024 },
];
/** One finding per filter state, its message naming the state, so the list shows which query it answered. */
const finding = (message: string, agencyId = JIA, year = 2023) => ({
  report_id: `${agencyId}|${year}`, agency_id: agencyId, agency_name: agencyId === JIA ? '甲局' : '乙镇', kind: 'department', year,
  rule: 'X1', severity: 'warning', message_zh: message, message_en: message, cells: ['t3.carried_over_in.total'],
  t2_template: 'v2021', t3_template: 'v2021', t4_template: 'v2021', expected: 4, actual: 3, related_report_id: `${agencyId}|${year - 1}`,
  related_agency_name: '甲局', related_year: year - 1,
});
const none: FindingsFilter = { rules: [], severities: [], agencies: [], years: [] };
const states: [FindingsFilter, string][] = [
  [none, '全部'],
  [{ ...none, rules: ['X1'] }, '规则 X1'],
  [{ ...none, rules: ['X1'], severities: ['warning'] }, '规则 X1 警告'],
  [{ ...none, rules: ['X1'], severities: ['warning'], agencies: [YI] }, '规则 X1 警告 乙镇'],
  [{ ...none, rules: ['X1'], severities: ['warning'], agencies: [YI], years: [2022] }, '规则 X1 警告 乙镇 2022'],
];
const same = (a: Sql, b: Sql) => a.text === b.text && JSON.stringify(a.params) === JSON.stringify(b.params);

function answer(q: Sql): Row[] | Error {
  if (same(q, coverageAgenciesSql(filters))) return agencies;
  if (same(q, coverageCountsSql(filters))) return counts;
  // Two agencies fit one page: the matrix asks for every agency's cells, once for any kinds.
  if (same(q, coverageMatrixSql(filters))) return coverage;
  for (const [state, message] of states) {
    if (same(q, findingsListSql(filters, state))) return [finding(message)];
    // Per year and kind, added up by the view: X1 has 2.
    if (same(q, findingCountsSql(filters, state, true))) {
      return [
        { rule: 'R3.1', severity: 'error', year: 2023, kind: 'department', n: 1 },
        { rule: 'X1', severity: 'warning', year: 2022, kind: 'township', n: 1 },
        { rule: 'X1', severity: 'warning', year: 2023, kind: 'department', n: 1 },
      ];
    }
  }
  return new Error(`unexpected query: ${q.text.slice(0, 80)}`);
}

beforeEach(() => window.history.replaceState(null, '', '?v=quality'));
afterEach(unmountViews);

const cellsOf = (matrix: HTMLElement, name: string) =>
  [...matrix.querySelectorAll(`tr[data-agency="${name}"] td`)].map((td) => [td.getAttribute('data-state'), td.textContent]);

describe('Quality', () => {
  it('shows each agency-year as published, missing, its template and its findings count', async () => {
    const view = renderView(<Quality filters={filters} />, answer);
    const matrix = await view.findByTestId('coverage-matrix');
    expect(cellsOf(matrix, '甲局')).toEqual([['clean', '✓19'], ['errors', '✖221'], ['missing', '缺甲局 2024：未发布年报']]);
    expect(cellsOf(matrix, '乙镇')).toEqual([['warnings', '!1混'], ['missing', '缺乙镇 2023：未发布年报'], ['clean', '✓21']]);
    expect(view.getByTestId('missing-count').textContent).toBe('共缺 2 份年报');
    const summary = [...view.getByTestId('kind-summary').querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(summary).toEqual([['乡镇', '2 / 3', '1', '0', '1'], ['县级部门', '2 / 3', '1', '1', '0']]);
    const link = matrix.querySelector('td[data-state=errors] a');
    expect(link?.getAttribute('aria-label')).toBe('甲局 2023：2 项问题（错误 1，警告 1），2021版模板');
    expect(new URLSearchParams(link?.getAttribute('href') ?? '').get('report')).toBe(`${JIA}|2023`);
  });

  it('narrows the findings by rule, severity, agency and year, each asking for that list', async () => {
    const view = renderView(<Quality filters={filters} />, answer);
    const message = async (text: string) => {
      await waitFor(() => expect(view.getByTestId('findings-list').querySelector('.message')?.textContent).toBe(text));
    };
    expect((await view.findByTestId('findings-summary')).textContent).toBe('共 3 项：错误 1 项，警告 2 项');
    await message('全部');
    fireEvent.click(view.container.querySelector('button[data-rule=X1]') as HTMLElement);
    await message('规则 X1');
    fireEvent.click(view.getByRole('button', { name: /^警告/ }));
    await message('规则 X1 警告');
    fireEvent.change(view.getByLabelText('机关'), { target: { value: YI } });
    await message('规则 X1 警告 乙镇');
    fireEvent.click(view.getByRole('button', { name: '2022' }));
    await message('规则 X1 警告 乙镇 2022');
    expect(new URLSearchParams(window.location.search).get('qy')).toBe('2022');
  });

  it('opens a finding’s report, and its related one, without the quality filters', async () => {
    window.history.replaceState(null, '', '?v=quality&qr=X1');
    const view = renderView(<Quality filters={filters} />, answer);
    await waitFor(() => expect(view.getByTestId('findings-list').textContent).toContain('规则 X1'));
    const open = new URLSearchParams(view.getByRole('link', { name: '打开 甲局 2023 年报' }).getAttribute('href') ?? '');
    expect([open.get('v'), open.get('report'), open.get('qr')]).toEqual(['report', `${JIA}|2023`, null]);
    const related = view.getByTestId('findings-list').querySelector('a.related-report');
    expect(related?.textContent).toBe('对照：甲局 2022');
    expect(new URLSearchParams(related?.getAttribute('href') ?? '').get('report')).toBe(`${JIA}|2022`);
  });
});

describe('Quality at province scale', () => {
  // 250 townships: past the 200 options a select offers, the agency picker searches.
  const many = Array.from({ length: 250 }, (_, i) => ({ agency_id: `p/镇${String(i).padStart(3, '0')}`, agency_name: `镇${String(i).padStart(3, '0')}`, kind: 'township' }));
  function answerMany(q: Sql): Row[] | Error {
    if (same(q, coverageAgenciesSql(filters))) return many;
    if (same(q, coverageCountsSql(filters))) return [{ kind: 'township', agencies: 250, year: 2024, published: 250, errors: 0, warnings: 0, lo: 2024, hi: 2024 }];
    if (q.text.includes('CROSS JOIN years') || q.text.includes('FROM findings f')) return [];
    return new Error(`unexpected query: ${q.text.slice(0, 80)}`);
  }

  it('offers the agencies through a search, keeping the picked one whatever the search', async () => {
    const view = renderView(<Quality filters={filters} />, answerMany);
    const select = (await view.findByLabelText('机关')) as HTMLSelectElement;
    expect(select.querySelectorAll('option[value^="p/"]')).toHaveLength(200);
    fireEvent.change(view.getByTestId('picker-search'), { target: { value: '镇24' } });
    await waitFor(() => expect([...select.querySelectorAll('option[value^="p/"]')].map((o) => o.textContent)).toEqual(
      Array.from({ length: 10 }, (_, i) => `镇24${i}`),
    ));
    fireEvent.change(select, { target: { value: 'p/镇245' } });
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('qa')).toBe('p/镇245'));
    fireEvent.change(view.getByTestId('picker-search'), { target: { value: '镇01' } });
    await waitFor(() => expect(select.value).toBe('p/镇245'));
    expect(select.querySelector('option[value="p/镇245"]')).not.toBeNull();
  });
});

describe('Quality with a long findings list', () => {
  // 120 findings, one per township report: more than a page of 50.
  const towns = Array.from({ length: 120 }, (_, i) => `镇${String(i).padStart(3, '0')}`);
  const findings = towns.map((name) => ({ ...finding(`${name} 的发现`), agency_id: `p/${name}`, agency_name: name, report_id: `p/${name}|2023` }));
  function answerLong(q: Sql): Row[] | Error {
    if (same(q, findingsListSql(filters, none))) return findings;
    if (same(q, coverageAgenciesSql(filters))) return agencies;
    if (same(q, coverageCountsSql(filters))) return counts;
    if (same(q, coverageMatrixSql(filters))) return coverage;
    if (same(q, findingCountsSql(filters, none, true))) return [{ rule: 'X1', severity: 'warning', year: 2023, kind: 'township', n: 120 }];
    return new Error(`unexpected query: ${q.text.slice(0, 80)}`);
  }
  const shown = (list: HTMLElement) => [...list.querySelectorAll('tbody tr th')].map((th) => th.textContent);

  it('shows the findings a page at a time, every one reachable, and finds them by agency', async () => {
    const view = renderView(<Quality filters={filters} />, answerLong);
    const list = await view.findByTestId('findings-list');
    expect(shown(list)).toEqual(towns.slice(0, 50));
    const pager = view.getByRole('group', { name: '分页' });
    expect(pager.textContent).toContain('第 1–50 条，匹配 120 条，共 120 条');
    fireEvent.click(within(pager).getByRole('button', { name: '下一页' }));
    fireEvent.click(within(pager).getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(shown(list)).toEqual(towns.slice(100)));
    fireEvent.change(within(pager).getByTestId('pager-search'), { target: { value: '镇07' } });
    await waitFor(() => expect(shown(list)).toEqual(towns.slice(70, 80)));
  });
});
