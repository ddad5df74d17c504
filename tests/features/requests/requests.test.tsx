// @vitest-environment happy-dom
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Requests } from '../../../src/features/requests/index.ts';
import { RATE_IDS } from '../../../src/features/requests/use-rates.ts';
import type { Filters } from '../../../src/queries/index.ts';
import { applicantMixSql, indicatorsSql, outcomeMixSql } from '../../../src/queries/index.ts';
import { byText, indicatorTableRow, renderView, unmountViews } from '../render-view.tsx';

afterEach(unmountViews);

const filters: Filters = { dataset: 'demo', years: [], kinds: ['township'] };
// Every kind is asked for, and the townships' rows kept.
const whole: Filters = { ...filters, kinds: [] };

const answers = byText([
  [
    applicantMixSql(whole, true),
    [
      { year: 2024, kind: 'township', natural_person: 9, commercial_enterprise: 1, research_institution: 0, public_welfare_org: 0, legal_service_org: 0, other_org: 0, total: 10, reports: 2 },
      { year: 2024, kind: 'department', natural_person: 90, commercial_enterprise: 10, research_institution: 0, public_welfare_org: 0, legal_service_org: 0, other_org: 0, total: 100, reports: 2 },
    ],
  ],
  [
    indicatorsSql(whole, 'kind_year', RATE_IDS, true),
    [
      indicatorTableRow({ kind: 'department', year: 2024 }, 2, { disclosure_rate: [60, 80], withheld_rate: [10, 40] }),
      indicatorTableRow({ kind: 'township', year: 2024 }, 2, { disclosure_rate: [6, 8], withheld_rate: [1, 4] }),
    ],
  ],
  [
    outcomeMixSql(whole, true),
    [
      { year: 2024, row_key: 'granted', kind: 'township', total: 5, reports: 2, reports_without_figure: 0 },
      { year: 2024, row_key: 'granted', kind: 'department', total: 50, reports: 2, reports_without_figure: 0 },
      { year: 2024, row_key: 'partially_granted', kind: 'township', total: 1, reports: 2, reports_without_figure: 0 },
      { year: 2024, row_key: 'other', kind: 'township', total: 2, reports: 2, reports_without_figure: 0 },
    ],
  ],
]);

describe('Requests', () => {
  it('shows each rate with its numerator and denominator, and “insufficient data” below the minimum', async () => {
    const view = renderView(<Requests filters={filters} />, answers);
    const table = await view.findByTestId('rates-table');
    const disclosure = table.querySelector('tr[data-indicator=disclosure_rate] td');
    expect(disclosure?.textContent).toBe('75%6 / 8');
    expect(table.querySelector('tr[data-indicator=withheld_rate] td')?.textContent).toBe('数据不足1 / 4');
  });

  it('lists the outcome rows the connector answers with their share of the year', async () => {
    const view = renderView(<Requests filters={filters} />, answers);
    const outcomes = await view.findByTestId('outcome-table');
    expect(outcomes.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(outcomes.textContent).toContain('予以公开562.5%');
  });

  it('shows loading, then the error of a failed query in its card', async () => {
    const pending = renderView(<Requests filters={filters} />, () => new Promise(() => {}));
    await waitFor(() => expect(pending.container.querySelectorAll('[aria-busy=true]').length).toBeGreaterThan(0));
    unmountViews();
    const failing = renderView(<Requests filters={filters} />, (q) => (q.text === outcomeMixSql(whole, true).text ? new Error('outcomes failed') : answers(q)));
    expect((await failing.findByRole('alert')).textContent).toContain('outcomes failed');
    expect(await failing.findByTestId('rates-table')).toBeTruthy();
  });
});
