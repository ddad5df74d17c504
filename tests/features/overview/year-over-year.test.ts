import { describe, expect, it } from 'vitest';
import { yearOverYear } from '../../../src/features/overview/year-over-year.ts';

const row = (year: number, value: number | null) => ({ year, value, numerator: null, denominator: null, reports: 1, reportsWithoutFigure: 0 });

describe('yearOverYear(rows, selectedYears, isRate)', () => {
  it('compares the latest year with data, or the latest selected, with the year before', () => {
    const rows = [row(2020, 10), row(2021, 15)];
    expect(yearOverYear(rows, [], false)).toMatchObject({ year: 2021, delta: 5, relative: 0.5 });
    expect(yearOverYear(rows, [2020], false)).toMatchObject({ year: 2020, delta: null, relative: null });
    expect(yearOverYear([row(2020, 0.5), row(2021, 0.4)], [], true)).toMatchObject({ year: 2021, relative: null });
  });

  it('names no year when nothing is selected and no year has data (not "0年")', () => {
    expect(yearOverYear([], [], false)).toMatchObject({ year: null, current: undefined, delta: null });
  });
});
