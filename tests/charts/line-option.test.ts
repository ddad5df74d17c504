import { describe, expect, it } from 'vitest';
import { lineOption } from '../../src/charts/line-option.ts';
import { checkSvgGolden, renderSvg } from './svg-golden.ts';

const rows = [
  { year: '2019', licensing: 120, fees: null },
  { year: '2020', licensing: 150, fees: null },
  { year: '2021', licensing: 90, fees: 12.5 },
  { year: '2022', licensing: 130, fees: 14 },
];
const opts = {
  x: 'year',
  series: [
    { key: 'licensing', label: '行政许可决定', color: '#1f6fb2' },
    { key: 'fees', label: '收费金额' },
  ],
  yName: '件',
  format: (v: number) => String(v),
};

describe('lineOption', () => {
  it('lineOption(rows, o) encodes one line per series from the dataset, nulls as gaps', () => {
    const option = lineOption(rows, opts);
    expect(option.dataset).toEqual({ source: rows, dimensions: ['year', 'licensing', 'fees'] });
    expect(option.series).toMatchInlineSnapshot(`
      [
        {
          "connectNulls": false,
          "encode": {
            "x": "year",
            "y": "licensing",
          },
          "itemStyle": {
            "color": "#1f6fb2",
          },
          "lineStyle": {
            "color": "#1f6fb2",
          },
          "name": "行政许可决定",
          "symbolSize": 6,
          "type": "line",
        },
        {
          "connectNulls": false,
          "encode": {
            "x": "year",
            "y": "fees",
          },
          "name": "收费金额",
          "symbolSize": 6,
          "type": "line",
        },
      ]
    `);
  });

  it('lineOption(rows, { compact }) hides axes and legend for sparklines', () => {
    const option = lineOption(rows, { ...opts, compact: true });
    expect(option.legend).toEqual({ show: false });
    expect(option.xAxis).toMatchObject({ show: false });
  });

  it('lineOption(rows, { note }) writes each point’s tooltip from the note, e.g. a rate with its denominator', () => {
    const option = lineOption(rows, { ...opts, note: (key, i) => `${key}#${i}` });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const params = [
      { seriesIndex: 0, dataIndex: 2, name: '2021', marker: '', seriesName: '行政许可决定' },
      { seriesIndex: 1, dataIndex: 2, name: '2021', marker: '', seriesName: '收费金额' },
    ];
    expect(formatter(params)).toBe('2021<br/>行政许可决定 licensing#2<br/>收费金额 fees#2');
  });

  it('renders the SVG golden', () => {
    expect(checkSvgGolden('line', renderSvg(lineOption(rows, opts)))).toBeUndefined();
  });
});
