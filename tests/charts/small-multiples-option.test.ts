import { describe, expect, it } from 'vitest';
import { smallMultiplesHeight, smallMultiplesOption } from '../../src/charts/small-multiples-option.ts';
import { checkSvgGolden, renderSvg } from './svg-golden.ts';

const rows = [
  { year: '2020', a0: 2, a1: null, a2: 5 },
  { year: '2021', a0: null, a1: 1, a2: 7 },
  { year: '2022', a0: 4, a1: 3, a2: 6 },
];
const o = {
  x: 'year',
  panels: [
    { key: 'a0', label: '甲局' },
    { key: 'a1', label: '乙局' },
    { key: 'a2', label: '丙局' },
  ],
  columns: 2,
  panelHeight: 120,
  format: String,
  max: 7,
};

describe('smallMultiplesOption', () => {
  it('smallMultiplesOption(rows, o) gives each panel its own grid and axes over one dataset and one y scale', () => {
    const option = smallMultiplesOption(rows, o);
    expect((option.grid as unknown[]).length).toBe(3);
    expect((option.grid as { top: number }[]).map((g) => g.top)).toEqual([26, 26, 146]);
    expect((option.yAxis as { max: number }[]).every((y) => y.max === 7)).toBe(true);
    const series = option.series as { xAxisIndex: number; encode: { y: string }; connectNulls: boolean }[];
    expect(series.map((s) => [s.xAxisIndex, s.encode.y, s.connectNulls])).toEqual([
      [0, 'a0', false],
      [1, 'a1', false],
      [2, 'a2', false],
    ]);
    expect((option.title as { text: string }[]).map((t) => t.text)).toEqual(['甲局', '乙局', '丙局']);
  });

  it('smallMultiplesHeight(panels, columns, panelHeight) counts whole rows', () => {
    expect(smallMultiplesHeight(3, 2, 120)).toBe(240);
    expect(smallMultiplesHeight(0, 5, 120)).toBe(120);
  });

  it('renders the SVG golden', () => {
    expect(checkSvgGolden('small-multiples', renderSvg(smallMultiplesOption(rows, o), 480, 240))).toBeUndefined();
  });
});
