import { describe, expect, it } from 'vitest';
import { readCompareParams } from '../../../src/features/compare/compare-params.ts';
import { gridValue, heatCells, multiplesRows } from '../../../src/features/compare/year-grid.ts';
import type { IndicatorRow } from '../../../src/queries/index.ts';

const row = (agencyId: string, year: number, numerator: number | null, denominator: number | null): IndicatorRow => ({
  agencyId, agencyName: agencyId, year, numerator, denominator,
  value: numerator !== null && denominator ? numerator / denominator : null, reports: 1, reportsWithoutFigure: 0,
});
const rows = [row('甲', 2020, 4, 8), row('甲', 2021, 1, 2), row('乙', 2020, null, null)];
const agencies = [{ id: '甲', name: '甲' }, { id: '乙', name: '乙' }];
const text = {
  value: String,
  noReport: (a: string, y: number) => `${a}${y}无年报`,
  blank: (a: string, y: number) => `${a}${y}空缺`,
  tooFew: (a: string, y: number, den: number) => `${a}${y}不足${den}`,
  shown: (a: string, y: number) => `${a}${y}`,
};

describe('year grid', () => {
  it('gridValue(row, isRate) withholds rates below MIN_DENOMINATOR, never turning them into 0', () => {
    expect(gridValue(rows[0], true)).toBe(0.5);
    expect(gridValue(rows[1], true)).toBeNull();
    expect(gridValue(rows[1], false)).toBe(0.5);
    expect(gridValue(undefined, false)).toBeNull();
  });

  it('heatCells(...) says why a cell is empty: no report, blank figure, or too few cases', () => {
    const cells = heatCells(rows, agencies, [2020, 2021], true, text);
    expect(cells.map((c) => [c.row, c.col, c.value, c.text, c.note])).toEqual([
      ['甲', '2020', 0.5, '0.5', '甲2020'],
      ['甲', '2021', null, '1/2', '甲2021不足2'],
      ['乙', '2020', null, '', '乙2020空缺'],
      ['乙', '2021', null, '', '乙2021无年报'],
    ]);
  });

  it('multiplesRows(...) gives one wide row per year with a column per agency', () => {
    expect(multiplesRows(rows, agencies, [2020, 2021], false)).toEqual([
      { year: '2020', a0: 0.5, a1: null },
      { year: '2021', a0: 0.5, a1: null },
    ]);
  });

  it('readCompareParams(...) falls back to a valid indicator and a peer group present in the data', () => {
    const p = readCompareParams(new URLSearchParams('indicator=nope&peer=street&plot=funnel'), ['township', 'department'], []);
    expect(p).toEqual({ indicator: 'disclosure_rate', peer: 'department', plot: 'funnel' });
    expect(readCompareParams(new URLSearchParams('peer=township'), ['township', 'department'], []).peer).toBe('township');
    expect(readCompareParams(new URLSearchParams(''), ['township', 'department'], ['township']).peer).toBe('township');
  });
});
