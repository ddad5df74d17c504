// @vitest-environment happy-dom
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Litigation } from '../../../src/features/litigation/index.ts';
import type { Filters } from '../../../src/queries/index.ts';
import { indicatorByGroupSql, litigationByAgencyYearSql, litigationOutcomesSql } from '../../../src/queries/index.ts';
import { byText, findChartOption, renderView, unmountViews } from '../render-view.tsx';

afterEach(unmountViews);

const filters: Filters = { dataset: 'demo', years: [2023, 2024], kinds: [] };
// What the view asks for: every year and kind, picked and added up in JS.
const whole: Filters = { ...filters, years: [], kinds: [] };
const outcome = (year: number, grp: string, upheld: number | null, corrected: number | null, pending: number | null, total: number | null, missing = 0) =>
  ({ year, grp, kind: 'department', upheld, corrected, other: 0, pending, total, reports: 3, reports_without_figure: missing });
const rate = (year: number, numerator: number, denominator: number) => ({ year, kind: 'department', numerator, denominator, reports: 3, reports_without_figure: 0 });
const agency = (id: string, name: string, reviews: number, rc: number, rClosed: number, suits: number, sc: number, sClosed: number, year = 2024) => ({
  agency_id: id, agency_name: name, kind: 'department', year, reviews, review_corrected: rc, review_closed: rClosed,
  suits, suit_corrected: sc, suit_closed: sClosed, processed_total: 100,
});

const outcomes = [
  // 2022 is not selected: the view asks for every year and keeps the rows of the selected ones.
  outcome(2022, 'review', 50, 50, 0, 100),
  outcome(2023, 'review', 6, 2, 0, 8),
  outcome(2024, 'review', 6, 6, 0, 12),
  outcome(2024, 'litigation_direct', 1, 1, 1, 3, 1),
];
const agencies = [agency('a', '甲局', 15, 6, 14, 2, 1, 2), agency('b', '乙局', 5, 2, 5, 0, 0, 0)];

const answers = (ranking = agencies) =>
  byText([
    [litigationOutcomesSql(whole, true), outcomes],
    // Review: 2/8 in 2023 and 6/12 in 2024 → 8/20 = 40 %. Suits: 1/3 and 1/1, each below 5 closed cases.
    [indicatorByGroupSql(whole, 'review_correction_rate', 'kind_year', true), [rate(2022, 40, 50), rate(2023, 2, 8), rate(2024, 6, 12)]],
    [indicatorByGroupSql(whole, 'litigation_correction_rate', 'kind_year', true), [rate(2022, 40, 50), rate(2023, 1, 3), rate(2024, 1, 1)]],
    // Sums per agency and year; 丁局's cases are all of 2022, outside the selection.
    [litigationByAgencyYearSql(whole), [...ranking, agency('d', '丁局', 99, 9, 90, 0, 0, 0, 2022)]],
  ]);

const figure = (view: ReturnType<typeof renderView>, label: string) => findChartOption(view.container, label);

describe('Litigation', () => {
  it('draws each t4 group’s outcomes per year with its total, and says which reports lack one', async () => {
    const view = renderView(<Litigation filters={filters} />, answers());
    expect((await view.findByTestId('t4-total-review')).textContent).toBe('20');
    expect(view.getByTestId('t4-total-litigation_direct').textContent).toBe('3');
    expect(view.getByText('1 份年报该组总计空缺，未计入。')).toBeTruthy();
    const review = await figure(view, '行政复议');
    expect((review.dataset as { source: unknown }[])[0]?.source).toEqual([
      { year: '2023', upheld: 6, corrected: 2, other: 0, pending: 0 },
      { year: '2024', upheld: 6, corrected: 6, other: 0, pending: 0 },
    ]);
  });

  it('states the correction rates as the rows imply, with the 95 % interval, and withholds thin ones', async () => {
    const view = renderView(<Litigation filters={filters} />, answers());
    // 8/20: Wilson centre (0.4 + 0.09604) / 1.19208 = 0.4161, half-width 0.1973 → 21.9 %–61.3 %.
    expect((await view.findByTestId('rate-review_correction_rate')).textContent).toBe('复议纠错率：40%（纠正 8 / 已审结 20 件；95%区间 21.9%–61.3%）');
    expect(view.getByTestId('rate-litigation_correction_rate').textContent).toBe('诉讼纠错率：数据不足（已审结 4 件，少于 5 件）');
    expect(view.getByText('数据不足、未绘制的年度：2023、2024')).toBeTruthy();
    const points = (opt: Awaited<ReturnType<typeof figure>>) =>
      ((opt.dataset as { source: { category: string; value: number | null }[] }[])[0]?.source ?? []).map((p) => [p.category, p.value]);
    expect(points(await figure(view, '复议纠错率'))).toEqual([['2023', 0.25], ['2024', 0.5]]);
    expect(points(await figure(view, '诉讼纠错率'))).toEqual([['2023', null], ['2024', null]]);
  });

  it('ranks the agencies with rates only above 5 closed cases, each linked to its agency page', async () => {
    const view = renderView(<Litigation filters={filters} />, answers());
    const table = await view.findByTestId('litigation-ranking');
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['甲局', '乙局']);
    const cells = [...(rows[0]?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    // 6/14 = 42.9 %, Wilson 21.4 %–67.4 %; suits 1/2 is below the minimum.
    expect(cells).toEqual(['县级部门', '15', '42.9%6 / 14 · 21.4%–67.4%', '2', '数据不足1 / 2']);
    const link = rows[0]?.querySelector('a');
    expect(new URL(link?.getAttribute('href') ?? '', 'http://x/').searchParams.get('agency')).toBe('a');
    const funnel = async (name: string) =>
      ((await figure(view, `${name}漏斗图：各机关纠错率与已审结件数`)).dataset as { source: { label: string; n: number; value: number }[] }[])[0]?.source.map((p) => [p.label, p.n, p.value]);
    expect(await funnel('复议纠错率')).toEqual([['甲局', 14, 6 / 14], ['乙局', 5, 0.4]]);
    expect(await funnel('诉讼纠错率')).toEqual([['甲局', 2, 0.5]]);
    expect(view.getByText('基线 = 所选机关纠正 8 / 已审结 19 件。落在控制限之内的机关与整体无显著差异；案件少的机关自然波动大。')).toBeTruthy();
  });

  it('draws agencies with equal counts as one funnel mark whose tooltip names them all', async () => {
    const view = renderView(<Litigation filters={filters} />, answers([agency('a', '甲局', 9, 2, 5, 0, 0, 0), agency('b', '乙局', 6, 2, 5, 0, 0, 0), agency('c', '丙局', 3, 0, 2, 0, 0, 0)]));
    const option = await figure(view, '复议纠错率漏斗图：各机关纠错率与已审结件数');
    const source = (option.dataset as { source: { label: string; n: number; value: number }[] }[])[0]?.source;
    expect(source?.map((p) => [p.label, p.n, p.value])).toEqual([['甲局等 2 个', 5, 0.4], ['丙局', 2, 0]]);
    const [tooltip] = option.tooltip as { formatter: (p: { seriesIndex: number; dataIndex: number }) => string }[];
    const tip = tooltip?.formatter({ seriesIndex: 0, dataIndex: 0 });
    expect(tip).toBe('甲局、乙局<br/>这 2 个机关各为 40%（纠正 2 / 已审结 5 件）');
    // The baseline counts every agency: (2 + 2 + 0) / (5 + 5 + 2).
    expect(view.getByText('基线 = 所选机关纠正 4 / 已审结 12 件。落在控制限之内的机关与整体无显著差异；案件少的机关自然波动大。')).toBeTruthy();
  });

  it('says there are no cases when no agency drew a review or suit', async () => {
    const view = renderView(<Litigation filters={filters} />, answers([]));
    await waitFor(() => expect(view.getAllByText('所选条件下没有复议或诉讼案件。')).toHaveLength(3));
    expect(view.queryByTestId('litigation-ranking')).toBeNull();
  });
});
