import { describe, expect, it } from 'vitest';
import { optionChange } from '../../src/charts/option-change.ts';
import { pointCounts } from '../../src/charts/point-keys.ts';
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

  it('keeps every series with `shown`, hiding the others from legend, tooltip and keyboard', () => {
    const only2019 = wideStackOption(rows.slice(0, 1), { ...opts, shown: new Set(['granted', 'withheld', 'other']) });
    expect(only2019.legend).toEqual({ top: 0, type: 'scroll', data: ['予以公开', '不予公开', '其他处理（2019版）'] });
    const series = only2019.series as { silent: boolean; tooltip: { show: boolean } }[];
    expect(series.map((s) => [s.silent, s.tooltip.show])).toEqual([
      [false, true],
      [false, true],
      [false, true],
      [true, false],
    ]);
    expect(pointCounts(only2019)).toEqual([1, 1, 1, 0]);
  });

  it('merges into the drawn chart when the selection switches template versions', () => {
    const only2019 = wideStackOption(rows.slice(0, 1), { ...opts, shown: new Set(['granted', 'withheld', 'other']) });
    const both = wideStackOption(rows, { ...opts, shown: new Set(['granted', 'withheld', 'other', 'other_misc']) });
    expect(optionChange(only2019 as Record<string, unknown>, both as Record<string, unknown>)).toBe('merge');
    const unshown = (r: typeof rows) => wideStackOption(r, { ...opts, series: opts.series.slice(0, 3) });
    expect(optionChange(unshown(rows.slice(0, 1)) as Record<string, unknown>, wideStackOption(rows, opts) as Record<string, unknown>)).toBe('replace');
  });
});
