// @vitest-environment happy-dom
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Overview } from '../../../src/features/overview/index.ts';
import { CARD_IDS } from '../../../src/features/overview/indicator-cards.tsx';
import type { Filters } from '../../../src/queries/index.ts';
import { agencyTableSql, indicatorsSql, requestsByYearSql } from '../../../src/queries/index.ts';
import { byText, indicatorTableRow, renderView, unmountViews } from '../render-view.tsx';

afterEach(unmountViews);

const filters: Filters = { dataset: 'demo', years: [2024], kinds: [] };
// Every year and kind is asked for; the view keeps the selected ones, and leaves jurisdiction aggregates out of sums.
const whole: Filters = { ...filters, years: [], kinds: [] };

const answers = byText([
  [
    indicatorsSql(whole, 'kind_year', CARD_IDS, true),
    [
      indicatorTableRow({ kind: 'department', year: 2023 }, 2, { received_new: [40, null], disclosure_rate: [10, 20] }),
      indicatorTableRow({ kind: 'department', year: 2024 }, 2, { received_new: [50, null], disclosure_rate: [1, 2] }),
      indicatorTableRow({ kind: 'jurisdiction', year: 2024 }, 1, { received_new: [120, null], disclosure_rate: [4, 6] }),
      indicatorTableRow({ kind: 'township', year: 2023 }, 2, { received_new: [60, null], disclosure_rate: [20, 20] }),
      indicatorTableRow({ kind: 'township', year: 2024 }, 2, { received_new: [70, null], disclosure_rate: [2, 2] }),
    ],
  ],
  [
    requestsByYearSql(whole, true),
    [
      { year: 2023, kind: 'township', received_new: 999, reports: 2, reports_without_figure: 0 },
      { year: 2024, kind: 'jurisdiction', received_new: 120, reports: 1, reports_without_figure: 0 },
      { year: 2024, kind: 'township', received_new: 70, reports: 2, reports_without_figure: 1 },
      { year: 2024, kind: 'department', received_new: 50, reports: 2, reports_without_figure: 0 },
    ],
  ],
  [
    agencyTableSql({ ...filters, kinds: [] }, true),
    [{ agency_id: 'a', agency_name: '甲镇人民政府', kind: 'township', reports: 1, received_new: 70, processed_total: 60, disclosed: 30, disclosure_rate: 0.5, reviews: 2, suits: null }],
  ],
]);

describe('Overview', () => {
  it('shows the figures the connector answers: cards with the change from last year, the total, the agencies', async () => {
    const view = renderView(<Overview filters={filters} />, answers);
    const card = await view.findByTestId('kpi-received_new');
    expect(card.querySelector('[data-testid=kpi-value]')?.textContent).toBe('120');
    expect(card.textContent).toContain('较2023年 +20（+20%）');
    // Both years total four reports (jurisdiction-wide ones left out): the change needs no word on coverage.
    expect(card.querySelector('[data-testid=kpi-reports]')).toBeNull();
    expect((await view.findByTestId('requests-total')).textContent).toBe('120');
    expect(view.getByText('1 份年报该项空缺或无法确定，未计入合计。')).toBeTruthy();
    const table = await view.findByTestId('agency-table');
    expect(table.textContent).toContain('甲镇人民政府');
    expect(table.textContent).toContain('50%');
  });

  it('names the report count of the year before when it differs, since the change is then partly coverage', async () => {
    const fewer = byText([
      [
        indicatorsSql(whole, 'kind_year', CARD_IDS, true),
        [
          indicatorTableRow({ kind: 'township', year: 2023 }, 6, { received_new: [6, null] }),
          indicatorTableRow({ kind: 'township', year: 2024 }, 1, { received_new: [0, null] }),
        ],
      ],
    ]);
    const view = renderView(<Overview filters={filters} />, (q) => (q.text === indicatorsSql(whole, 'kind_year', CARD_IDS, true).text ? fewer(q) : answers(q)));
    const card = await view.findByTestId('kpi-received_new');
    expect(card.textContent).toContain('较2023年 −6（−100%）');
    expect(card.querySelector('[data-testid=kpi-reports]')?.textContent).toBe('年报份数不同：2023年 6 份，2024年 1 份');
  });

  it('says “insufficient data” for a rate whose denominator is below the minimum', async () => {
    const view = renderView(<Overview filters={filters} />, answers);
    const card = await view.findByTestId('kpi-disclosure_rate');
    expect(card.textContent).toContain('数据不足（分母 4 < 5）');
  });

  it('shows a loading state while the connector has not answered', async () => {
    const view = renderView(<Overview filters={filters} />, () => new Promise(() => {}));
    await waitFor(() => expect(view.container.querySelector('[aria-busy=true]')).not.toBeNull());
    expect(view.queryByTestId('kpis')).toBeNull();
  });

  it('shows the error in place, with a retry, when a query fails', async () => {
    const view = renderView(<Overview filters={filters} />, (q) => (q.text.includes('agency_name, kind,\n') ? new Error('数据库忙') : answers(q)));
    const alert = await view.findByRole('alert');
    expect(alert.textContent).toContain('数据库忙');
    expect(alert.querySelector('button')?.textContent).toBe('重试');
    expect((await view.findByTestId('kpis')).textContent).toContain('120');
  });
});
