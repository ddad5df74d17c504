// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sql } from '../../../src/db/index.ts';
import { Agency } from '../../../src/features/agency/index.ts';
import { HEADLINE_IDS } from '../../../src/features/agency/headline.ts';
import type { Filters } from '../../../src/queries/index.ts';
import { agencyDatasetYearsSql, agencyReportsSql, agencyTableSql, indicatorsSql } from '../../../src/queries/index.ts';
import type { Answer } from '../render-view.tsx';
import { byText, findChartOption, indicatorTableRow, renderView, unmountViews } from '../render-view.tsx';

const ID = '示范省/演示市/测试县/甲局';
const filters: Filters = { dataset: 'demo', years: [2024], kinds: ['department'] };
// The agency page ignores the dashboard filters: every year of the agency, in its own dataset.
const scope: Filters = { dataset: 'demo', years: [], kinds: [], agencies: [ID] };
const TREND_IDS = ['disclosure_rate', 'received_new', 'processed_total', 'review_total', 'litigation_total'] as const;

const report = (year: number, template: string, findings: number, errors: number) => ({
  report_id: `${ID}|${year}`, year, template, t2_template: 'v2021', t3_template: template === 'mixed' ? 'v2019' : template,
  t4_template: 'v2021', title: `甲局${year}年政府信息公开工作年度报告`, publish_date: `${year + 1}-01-20`,
  source_file: `jia-${year}.html`, dataset: 'demo', findings, errors,
});
const figures = [
  indicatorTableRow({ kind: 'department', year: 2020 }, 1, { received_new: [10, null], processed_total: [10, null], disclosure_rate: [8, 10] }),
  indicatorTableRow({ kind: 'department', year: 2022 }, 1, { received_new: [4, null], processed_total: [4, null], disclosure_rate: [3, 4] }),
];
const byQuery = byText([
  [agencyTableSql({ ...filters, agencies: [], kinds: [] }, true), [{ agency_id: ID, agency_name: '甲局', kind: 'department', reports: 2, received_new: 14, processed_total: 14, disclosed: 11, disclosure_rate: 0.79, reviews: 0, suits: 0 }]],
  [agencyReportsSql(ID), [report(2020, 'v2021', 0, 0), report(2022, 'mixed', 3, 1)]],
  [agencyDatasetYearsSql(ID), [2019, 2020, 2021, 2022, 2023].map((year) => ({ year }))],
  [indicatorsSql(scope, 'kind_year', HEADLINE_IDS, true), figures],
  [indicatorsSql(scope, 'kind_year', TREND_IDS, true), figures],
]);
/** The agency itself is read by a query the view builds inline: answered by its shape. */
const answers: Answer = (q: Sql) =>
  q.text.includes('FROM agencies WHERE agency_id') ? [{ agency_id: ID, name: '甲局', kind: 'department', county: '测试县' }] : byQuery(q);

beforeEach(() => window.history.replaceState(null, '', `?v=agency&agency=${encodeURIComponent(ID)}`));
afterEach(unmountViews);

const rowsOf = (table: HTMLElement) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

describe('Agency page', () => {
  it('lists every year of the dataset span, marking the years without a report', async () => {
    const view = renderView(<Agency filters={filters} />, answers);
    expect((await view.findByTestId('agency-name')).textContent).toBe('甲局');
    expect(view.getByTestId('missing-years').textContent).toBe('首末年之间缺少年报：2021数据集其他年度无年报：2019、2023');
    const headline = await view.findByTestId('headline-table');
    expect(rowsOf(headline)).toEqual([
      ['2019', '无年报'],
      ['2020', '10', '10', '80%8 / 10', '—', '—', '—', '0'],
      ['2021', '无年报'],
      ['2022', '4', '4', '数据不足3 / 4', '—', '—', '—', '3'],
      ['2023', '无年报'],
    ]);
  });

  it('links each report to its report page, with template and findings', async () => {
    const view = renderView(<Agency filters={filters} />, answers);
    const reports = await view.findByTestId('agency-reports');
    const [, y2020, , y2022] = [...reports.querySelectorAll('tbody tr')];
    const link = y2022?.querySelector('a');
    expect(link?.textContent).toBe('甲局2022年政府信息公开工作年度报告');
    expect(new URLSearchParams(link?.getAttribute('href') ?? '').get('report')).toBe(`${ID}|2022`);
    expect(y2022?.textContent).toContain('混用两版分表：二 2021版模板 · 三 2019版模板 · 四 2021版模板');
    expect(y2022?.textContent).toContain('3（其中错误 1）');
    expect(y2020?.querySelector('a')?.getAttribute('href')).toContain('report=');
  });

  it('draws the disclosure rate only for years with a report and enough cases', async () => {
    const view = renderView(<Agency filters={filters} />, answers);
    const source = ((await findChartOption(view.container, '公开率')).dataset as { source: { category: string; value: number | null }[] }[])[0]?.source;
    expect(source?.map((p) => [p.category, p.value])).toEqual([['2019', null], ['2020', 0.8], ['2021', null], ['2022', null], ['2023', null]]);
  });
});
