// @vitest-environment happy-dom
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Disclosure } from '../../../src/features/disclosure/index.ts';
import type { Filters } from '../../../src/queries/index.ts';
import { disclosureCellsSql, templateCountsSql } from '../../../src/queries/index.ts';
import { byText, findChartOption, renderView, unmountViews } from '../render-view.tsx';

afterEach(unmountViews);

const filters: Filters = { dataset: 'demo', years: [], kinds: ['department'] };
// Every kind is asked for; the departments' rows are kept (a township's figure below must not count).
const whole: Filters = { ...filters, kinds: [] };
const cell = (year: number, template: string, key: string, value: number, kind = 'department') => ({ year, template, kind, cell: key, value });

// 2020 on the 2019 template only, 2021 one report on each, 2022 and 2023 on the 2021 template (2023 left blank).
const answers = byText([
  [
    disclosureCellsSql(whole, true),
    [
      cell(2022, 'v2021', 'licensing.decisions', 900, 'township'),
      cell(2020, 'v2019', 'licensing.decisions', 10),
      cell(2020, 'v2019', 'normative_docs.made', 3),
      cell(2020, 'v2019', 'central_procurement.amount_wan_yuan', 12000),
      cell(2021, 'v2019', 'licensing.decisions', 5),
      cell(2021, 'v2019', 'normative_docs.made', 1),
      cell(2021, 'v2021', 'licensing.decisions', 7),
      cell(2021, 'v2021', 'normative_docs.issued', 2),
      cell(2021, 'v2021', 'normative_docs.repealed', 1),
      cell(2022, 'v2021', 'licensing.decisions', 15),
      cell(2022, 'v2021', 'normative_docs.issued', 4),
      cell(2022, 'v2021', 'normative_docs.repealed', 0),
      cell(2022, 'v2021', 'admin_fees.amount_wan_yuan', 2.5),
    ],
  ],
  [
    templateCountsSql(whole, true),
    [
      { year: 2020, template: 'v2019', kind: 'department', reports: 1 },
      { year: 2021, template: 'v2019', kind: 'department', reports: 1 },
      { year: 2021, template: 'v2021', kind: 'department', reports: 1 },
      { year: 2022, template: 'v2021', kind: 'department', reports: 1 },
      { year: 2022, template: 'v2021', kind: 'township', reports: 3 },
      { year: 2023, template: 'v2021', kind: 'department', reports: 1 },
    ],
  ],
]);

const row = (table: HTMLElement, measure: string) =>
  [...table.querySelectorAll(`tr[data-measure=${measure}] td`)].map((td) => td.textContent);

describe('Disclosure', () => {
  it('marks an item “不可比” in the years whose template lacks it, never 0, and keeps a real 0', async () => {
    const view = renderView(<Disclosure filters={filters} />, answers);
    const table = await view.findByTestId('disclosure-table');
    expect(row(table, 'normative_docs_repealed')).toEqual(['不可比', '11/2 份年报', '0', '—']);
    expect(row(table, 'procurement_amount')).toEqual(['1.2亿元', '—1/2 份年报', '不可比', '不可比']);
    expect(row(table, 'fee_amount')).toEqual(['不可比', '—1/2 份年报', '2.5万元', '—']);
    expect(row(table, 'licensing_decisions')).toEqual(['10', '12', '15', '—']);
    expect(table.querySelector('tr[data-measure=fee_amount] th .sub')?.textContent).toBe('仅2021版');
  });

  it('draws comparable measures across both templates, leaving a year without figures as a gap', async () => {
    const view = renderView(<Disclosure filters={filters} />, answers);
    const normative = await findChartOption(view.container, '规范性文件：本年新制作（2019版）/ 本年制发（2021版）');
    const source = (normative.dataset as { source: unknown }[])[0]?.source;
    expect(source).toEqual([
      { year: '2020', normative_docs_new: 3 },
      { year: '2021', normative_docs_new: 3 },
      { year: '2022', normative_docs_new: 4 },
      { year: '2023', normative_docs_new: null },
    ]);
  });

  it('says so when the selection has no proactive-disclosure tables', async () => {
    const none = byText([
      [disclosureCellsSql(whole, true), []],
      [templateCountsSql(whole, true), []],
    ]);
    const view = renderView(<Disclosure filters={filters} />, none);
    await waitFor(() => expect(view.getAllByText('所选条件下没有主动公开表格。')).toHaveLength(3));
  });
});
