import { describe, expect, it } from 'vitest';
import { headlineCell, yearSpan } from '../../../src/features/agency/headline.ts';

const row = (numerator: number | null, denominator: number | null, value: number | null) => ({
  year: 2021, numerator, denominator, value, reports: 1, reportsWithoutFigure: 0,
});

describe('agency headline', () => {
  it('headlineCell(row, isRate) shows rates only from MIN_DENOMINATOR cases and blanks as blank', () => {
    expect(headlineCell(row(4, 5, 0.8), true)).toEqual({ kind: 'value', value: 0.8, numerator: 4, denominator: 5 });
    expect(headlineCell(row(1, 1, 1), true)).toEqual({ kind: 'insufficient', numerator: 1, denominator: 1 });
    expect(headlineCell(row(0, 0, null), true)).toEqual({ kind: 'insufficient', numerator: 0, denominator: 0 });
    expect(headlineCell(row(null, null, null), true)).toEqual({ kind: 'blank' });
    expect(headlineCell(row(0, null, 0), false)).toEqual({ kind: 'value', value: 0, numerator: 0, denominator: null });
    expect(headlineCell(undefined, false)).toEqual({ kind: 'blank' });
  });

  it('yearSpan(reportYears, datasetYears) covers every year so missing ones can be marked', () => {
    expect(yearSpan([2020, 2023], [2021, 2022])).toEqual([2020, 2021, 2022, 2023]);
    expect(yearSpan([], [])).toEqual([]);
  });
});
