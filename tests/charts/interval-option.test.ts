import { describe, expect, it } from 'vitest';
import { intervalOption } from '../../src/charts/interval-option.ts';
import { wilson } from '../../src/indicators/index.ts';
import { checkSvgGolden, renderSvg } from './svg-golden.ts';

const ci = wilson(3, 20);
const points = [
  { category: '2020', value: 3 / 20, low: ci?.low ?? null, high: ci?.high ?? null, note: '3 / 20' },
  { category: '2021', value: null, low: null, high: null, note: '数据不足 1 / 2' },
  { category: '2022', value: 0, low: 0, high: 0.3, note: '0 / 10' },
];

describe('intervalOption', () => {
  it('intervalOption(points, o) draws the interval as a floating bar and leaves insufficient years empty', () => {
    const option = intervalOption(points, { yName: '纠错率', format: (v) => `${Math.round(v * 100)}%` });
    const source = (option.dataset as { source: { base: number | null; span: number | null; value: number | null }[] }).source;
    expect(source[0]?.base).toBeCloseTo(0.0524, 3);
    expect(source[0]?.span).toBeCloseTo(0.3604 - 0.0524, 3);
    expect(source[1]).toEqual({ category: '2021', base: null, span: null, value: null });
    expect(option.series).toMatchInlineSnapshot(`
      [
        {
          "barWidth": 14,
          "encode": {
            "x": "category",
            "y": "base",
          },
          "itemStyle": {
            "color": "transparent",
          },
          "silent": true,
          "stack": "ci",
          "type": "bar",
        },
        {
          "barWidth": 14,
          "encode": {
            "x": "category",
            "y": "span",
          },
          "itemStyle": {
            "color": "#b4232a",
            "opacity": 0.25,
          },
          "stack": "ci",
          "type": "bar",
        },
        {
          "encode": {
            "x": "category",
            "y": "value",
          },
          "itemStyle": {
            "color": "#b4232a",
          },
          "symbolSize": 10,
          "type": "scatter",
        },
      ]
    `);
  });

  it('renders the SVG golden', () => {
    const option = intervalOption(points, { yName: '纠错率', format: (v) => `${Math.round(v * 100)}%` });
    expect(checkSvgGolden('interval', renderSvg(option))).toBeUndefined();
  });
});
