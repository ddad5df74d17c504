import { describe, expect, it } from 'vitest';
import { resultChartOption } from '../../src/charts/result-chart-option.ts';
import { checkSvgGolden, renderSvg } from './svg-golden.ts';

const columns = ['year', 'kind', 'received_new'];
const rows = [
  [2021, 'township', 10],
  [2021, 'department', 25],
  [2022, 'township', 14],
  [2022, 'department', null],
  [2022, 'township', 1],
  [2023, 'department', 30],
];

describe('resultChartOption(rows, o)', () => {
  it('bar with a series column: one wide dataset row per x, y summed where (x, series) repeats, gaps as null', () => {
    const option = resultChartOption(rows, { type: 'bar', columns, x: 0, y: 2, series: 1 });
    expect(option.dataset).toEqual({
      dimensions: ['year', '0:township', '1:department'],
      source: [
        ['2021', 10, 25],
        ['2022', 15, null],
        ['2023', null, 30],
      ],
    });
    expect(option.series).toMatchInlineSnapshot(`
      [
        {
          "encode": {
            "x": 0,
            "y": 1,
          },
          "name": "township",
          "type": "bar",
        },
        {
          "encode": {
            "x": 0,
            "y": 2,
          },
          "name": "department",
          "type": "bar",
        },
      ]
    `);
    expect(option.xAxis).toMatchObject({ type: 'category', name: 'year' });
  });

  it('line without a series column: one series named after y, x in the order of the rows', () => {
    const option = resultChartOption(
      [[2023, 3], [2021, 1], [2022, 2]],
      { type: 'line', columns: ['year', 'n'], x: 0, y: 1, series: null },
    );
    expect(option.dataset).toEqual({ dimensions: ['year', '0:n'], source: [['2023', 3], ['2021', 1], ['2022', 2]] });
    expect(option.legend).toMatchObject({ show: false });
  });

  it('scatter over a numeric x: a value axis and one point per row in its series column', () => {
    const option = resultChartOption(
      [[1.5, 'a', 2], [3, 'b', 4], [null, 'a', 1]],
      { type: 'scatter', columns: ['x', 'g', 'y'], x: 0, y: 2, series: 1 },
    );
    expect(option.xAxis).toMatchObject({ type: 'value' });
    expect(option.dataset).toEqual({
      dimensions: ['x', '0:a', '1:b'],
      source: [[1.5, 2, null], [3, null, 4], [null, 1, null]],
    });
  });

  it('reads numeric text as numbers and anything else as a gap', () => {
    const option = resultChartOption([['a', '12'], ['b', 'x']], { type: 'bar', columns: ['k', 'v'], x: 0, y: 1, series: null });
    expect((option.dataset as { source: unknown }).source).toEqual([['a', 12], ['b', null]]);
  });

  it.each(['bar', 'line', 'scatter'] as const)('renders the %s golden SVG', (type) => {
    const axes = type === 'scatter' ? { x: 2, y: 0 } : { x: 0, y: 2 };
    const option = resultChartOption(rows, { type, columns, ...axes, series: 1, format: (v) => String(v) });
    expect(checkSvgGolden(`result-${type}`, renderSvg(option))).toBeUndefined();
  });
});
