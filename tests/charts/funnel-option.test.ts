import { describe, expect, it } from 'vitest';
import { funnelOption } from '../../src/charts/funnel-option.ts';
import { funnelCurve } from '../../src/queries/index.ts';
import { checkSvgGolden, renderSvg } from './svg-golden.ts';

const pct = (v: number) => `${Math.round(v * 100)}%`;
const baseline = 14 / 53;
const points = [
  { label: '甲局', n: 10, value: 0.8, outlier: 'high' as const, note: '8 / 10' },
  { label: '丙局', n: 40, value: 0.125, outlier: 'low' as const, note: '5 / 40' },
  { label: '戊局', n: 20, value: 0.3, outlier: null, note: '6 / 20' },
];
const options = {
  baseline,
  limits: funnelCurve(baseline, 42, 12),
  xName: '分母',
  yName: '公开率',
  baselineLabel: '同类总体',
  limitLabel: '95% 控制限',
  format: pct,
  formatCount: String,
};

describe('funnelOption', () => {
  it('funnelOption(points, o) plots rate against denominator with both control-limit curves from one dataset', () => {
    const option = funnelOption(points, options);
    const datasets = option.dataset as { source: Record<string, unknown>[]; dimensions: string[] }[];
    expect(datasets[0]?.source).toEqual([
      { label: '甲局', n: 10, value: 0.8, outlier: 'high' },
      { label: '丙局', n: 40, value: 0.125, outlier: 'low' },
      { label: '戊局', n: 20, value: 0.3, outlier: '' },
    ]);
    expect(datasets[1]?.dimensions).toEqual(['n', 'low', 'high']);
    const series = option.series as { type: string; datasetIndex: number; encode: Record<string, unknown> }[];
    expect(series.map((s) => [s.type, s.datasetIndex, s.encode.y])).toEqual([
      ['scatter', 0, 'value'],
      ['line', 1, 'low'],
      ['line', 1, 'high'],
      ['scatter', 2, 'value'],
    ]);
    // Only the outliers carry names, in a silent series of their own (series 0 keeps every point for tooltips and keys).
    expect(datasets[2]?.source.map((r) => r.label)).toEqual(['甲局', '丙局']);
    expect(option.yAxis).toMatchObject({ min: 0, max: 1 });
  });

  it('writes a tooltip only when it shows, and colours no point through a callback', () => {
    let written = 0;
    const lazy = points.map((p) => ({ ...p, note: () => (written++, `${p.label} ${p.note}`) }));
    const option = funnelOption(lazy, options);
    expect(written).toBe(0);
    const tooltip = option.tooltip as { formatter: (p: { seriesIndex: number; dataIndex: number }) => string };
    expect(tooltip.formatter({ seriesIndex: 0, dataIndex: 1 })).toBe('丙局 5 / 40');
    expect(written).toBe(1);
    const [all] = option.series as { itemStyle: { color: unknown }; large?: boolean }[];
    // Large mode would batch the points but cannot show a tooltip by index: the keyboard path needs that.
    expect([typeof all?.itemStyle.color, all?.large]).toEqual(['string', undefined]);
  });

  it('renders the SVG golden', () => {
    expect(checkSvgGolden('funnel', renderSvg(funnelOption(points, options)))).toBeUndefined();
  });
});
