// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Row, Sql } from '../../../src/db/index.ts';
import { AgencySection } from '../../../src/features/print/print.tsx';
import type { Filters } from '../../../src/queries/index.ts';
import { agencyTableSql } from '../../../src/queries/index.ts';
import { renderView, unmountViews } from '../render-view.tsx';

const filters: Filters = { dataset: 'p', years: [], kinds: [] };
// In the query's order: most new requests first.
const agencies = (n: number) => Array.from({ length: n }, (_, i) => ({
  agency_id: `p/${i}`, agency_name: `机关${i}`, kind: 'department', reports: 1, received_new: n - i, processed_total: n - i,
  disclosed: (n - i) / 2, disclosure_rate: 0.5, reviews: 0, suits: 0,
}));
const answering = (rows: Row[]) => (q: Sql): Row[] | Error =>
  q.text === agencyTableSql(filters, true).text ? rows : new Error(`unexpected query: ${q.text.slice(0, 60)}`);

afterEach(unmountViews);

describe('the brief’s agency table', () => {
  it('lists every agency of a county', async () => {
    const view = renderView(<AgencySection filters={filters} />, answering(agencies(42)));
    expect((await view.findByTestId('print-agency-table')).querySelectorAll('tbody tr')).toHaveLength(42);
    expect(view.queryByTestId('print-table-cut')).toBeNull();
  });

  it('prints the 300 agencies with the most new requests of a province, and says so', async () => {
    const view = renderView(<AgencySection filters={filters} />, answering(agencies(10_000)));
    const rows = (await view.findByTestId('print-agency-table')).querySelectorAll('tbody tr');
    expect([rows.length, rows[0]?.querySelector('th')?.textContent, rows[299]?.querySelector('th')?.textContent]).toEqual([300, '机关0', '机关299']);
    expect(view.getByTestId('print-table-cut').textContent).toContain('共 1万 个机关');
  });
});
