import { describe, expect, it } from 'vitest';
import { rankingOption } from '../../src/charts/ranking-option.ts';
import { checkSvgGolden, renderSvg } from './svg-golden.ts';

const pct = (v: number) => `${Math.round(v * 100)}%`;
const rates = [
  { label: '甲局', value: 0.8, low: 0.4902, high: 0.9433, note: '8 / 10' },
  { label: '丙局', value: 0.125, low: 0.0546, high: 0.2611, note: '5 / 40' },
];

describe('rankingOption', () => {
  it('rankingOption(points, { isRate }) draws dots with interval bars and a baseline on a 0–100 % axis', () => {
    const option = rankingOption(rates, { isRate: true, baseline: 14 / 53, baselineLabel: '同类总体', xName: '公开率', format: pct });
    expect(option.dataset).toEqual({
      source: [
        { label: '甲局', value: 0.8, base: 0.4902, span: expect.closeTo(0.4531, 4) as number },
        { label: '丙局', value: 0.125, base: 0.0546, span: expect.closeTo(0.2065, 4) as number },
      ],
      dimensions: ['label', 'value', 'base', 'span'],
    });
    expect(option.xAxis).toMatchObject({ min: 0, max: 1 });
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true });
    const series = option.series as { type: string; markLine?: { data: unknown[]; label: { formatter: string } } }[];
    expect(series.map((s) => s.type)).toEqual(['bar', 'bar', 'scatter']);
    expect(series[2]?.markLine?.data).toEqual([{ xAxis: 14 / 53 }]);
    expect(series[2]?.markLine?.label.formatter).toBe('同类总体 26%');
  });

  it('rankingOption(points, { isRate: false }) ranks counts as plain bars', () => {
    const option = rankingOption(
      [{ label: '丙局', value: 40, low: null, high: null, note: '40' }, { label: '甲局', value: 12, low: null, high: null, note: '12' }],
      { isRate: false, baseline: 26, baselineLabel: '中位数', xName: '新收申请', format: String },
    );
    const series = option.series as { type: string; encode: unknown }[];
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ type: 'bar', encode: { y: 'label', x: 'value' } });
    expect(option.xAxis).not.toHaveProperty('max');
  });

  it('renders the SVG golden', () => {
    const option = rankingOption(rates, { isRate: true, baseline: 14 / 53, baselineLabel: '同类总体', xName: '公开率', format: pct });
    expect(checkSvgGolden('ranking', renderSvg(option, 640, 160))).toBeUndefined();
  });
});
