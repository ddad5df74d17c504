import { describe, expect, it } from 'vitest';
import { figuresWide } from '../../src/features/disclosure/figures-wide.ts';
import { formatMoney } from '../../src/features/disclosure/format-money.ts';
import { overall, yearPoints } from '../../src/features/litigation/correction-points.ts';
import { yearOverYear } from '../../src/features/overview/year-over-year.ts';
import { outcomeWide } from '../../src/features/requests/outcome-wide.ts';
import type { IndicatorRow } from '../../src/queries/index.ts';

const row = (year: number, numerator: number | null, denominator: number | null, value: number | null): IndicatorRow => ({
  year, numerator, denominator, value, reports: 1, reportsWithoutFigure: 0,
});

describe('yearOverYear', () => {
  const rows = [row(2020, 40, null, 40), row(2021, 50, null, 50)];

  it('yearOverYear(rows, [], false) compares the latest year with the one before', () => {
    expect(yearOverYear(rows, [], false)).toMatchObject({ year: 2021, delta: 10, relative: 0.25 });
  });

  it('yearOverYear(rows, [2020], false) has no change when the year before is missing', () => {
    expect(yearOverYear(rows, [2020], false)).toMatchObject({ year: 2020, delta: null, relative: null });
  });

  it('yearOverYear(rates, [], true) gives the change in rate units, never relative', () => {
    expect(yearOverYear([row(2020, 1, 4, 0.25), row(2021, 1, 2, 0.5)], [], true)).toMatchObject({ delta: 0.25, relative: null });
  });
});

describe('outcomeWide', () => {
  it('outcomeWide(rows) keeps a row the year’s template lacks as null, not 0', () => {
    const wide = outcomeWide([
      { year: 2020, rowKey: 'other', total: 2, reports: 1, reportsWithoutFigure: 0 },
      { year: 2021, rowKey: 'other_misc', total: 1, reports: 1, reportsWithoutFigure: 0 },
    ]);
    expect(wide.map((w) => [w.year, w.other, w.other_misc])).toEqual([
      ['2020', 2, null],
      ['2021', null, 1],
    ]);
  });
});

describe('figuresWide', () => {
  it('figuresWide(figures, ids) draws a not-comparable year as a gap', () => {
    const wide = figuresWide(
      [
        { year: 2020, measure: 'fee_amount', status: 'not_comparable', value: null, reports: 0, reportsInYear: 3 },
        { year: 2021, measure: 'fee_amount', status: 'value', value: 4.5, reports: 3, reportsInYear: 3 },
      ],
      ['fee_amount'],
    );
    expect(wide).toEqual([{ year: '2020', fee_amount: null }, { year: '2021', fee_amount: 4.5 }]);
  });
});

describe('correction points', () => {
  it('yearPoints(rows) leaves years below the minimum denominator undrawn', () => {
    const points = yearPoints([row(2020, 1, 4, 0.25), row(2021, 2, 10, 0.2)], (y) => String(y));
    expect(points[0]).toMatchObject({ category: '2020', value: null, low: null });
    expect(points[1]?.value).toBeCloseTo(0.2);
    expect(points[1]?.low).toBeCloseTo(0.0567, 3);
  });

  it('overall(rows) is a ratio of sums', () => {
    expect(overall([row(2020, 1, 4, 0.25), row(2021, 2, 10, 0.2)])).toMatchObject({ numerator: 3, denominator: 14, sufficient: true });
  });
});

describe('formatMoney', () => {
  it('formatMoney(wan, lang) switches to 亿元 from 10⁴ 万元', () => {
    expect(formatMoney(923.57, 'zh')).toBe('923.57万元');
    expect(formatMoney(13500, 'zh')).toBe('1.35亿元');
    expect(formatMoney(13500, 'en')).toBe('13,500');
    expect(formatMoney(null, 'zh')).toBe('—');
  });
});
