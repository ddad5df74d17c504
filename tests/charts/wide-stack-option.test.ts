import { describe, expect, it } from 'vitest';
import { wideStackOption } from '../../src/charts/wide-stack-option.ts';
import { checkSvgGolden, renderSvg } from './svg-golden.ts';

// 2019 (v2019) has one `other` row; 2021 (v2021) has `other_misc` instead: neither is 0 in the other year.
const rows = [
  { year: '2019', granted: 40, withheld: 5, other: 3, other_misc: null },
  { year: '2021', granted: 52, withheld: 7, other: null, other_misc: 2 },
];
const opts = {
  x: 'year',
  series: [
    { key: 'granted', label: '予以公开', color: '#2e7d32' },
    { key: 'withheld', label: '不予公开', color: '#b91c1c' },
    { key: 'other', label: '其他处理（2019版）' },
    { key: 'other_misc', label: '其他处理·其他' },
  ],
  yName: '件',
  format: (v: number) => String(v),
};

describe('wideStackOption', () => {
  it('wideStackOption(rows, o) stacks one bar series per column and keeps nulls', () => {
    const option = wideStackOption(rows, opts);
    expect((option.dataset as { source: unknown[] }).source).toEqual(rows);
    expect(option.series).toMatchInlineSnapshot(`
      [
        {
          "emphasis": {
            "focus": "series",
          },
          "encode": {
            "x": "year",
            "y": "granted",
          },
          "itemStyle": {
            "color": "#2e7d32",
          },
          "name": "予以公开",
          "stack": "total",
          "type": "bar",
        },
        {
          "emphasis": {
            "focus": "series",
          },
          "encode": {
            "x": "year",
            "y": "withheld",
          },
          "itemStyle": {
            "color": "#b91c1c",
          },
          "name": "不予公开",
          "stack": "total",
          "type": "bar",
        },
        {
          "emphasis": {
            "focus": "series",
          },
          "encode": {
            "x": "year",
            "y": "other",
          },
          "name": "其他处理（2019版）",
          "stack": "total",
          "type": "bar",
        },
        {
          "emphasis": {
            "focus": "series",
          },
          "encode": {
            "x": "year",
            "y": "other_misc",
          },
          "name": "其他处理·其他",
          "stack": "total",
          "type": "bar",
        },
      ]
    `);
  });

  it('renders the SVG golden', () => {
    expect(checkSvgGolden('wide-stack', renderSvg(wideStackOption(rows, opts)))).toBeUndefined();
  });
});
