import { describe, expect, it } from 'vitest';
import { optionChange } from '../../src/charts/option-change.ts';

const tip = () => 'tip';
const bars = (data: number[], extra: Record<string, unknown> = {}) => ({
  animation: false,
  color: ['#1f6fb2', '#b4232a'],
  xAxis: { type: 'category', data: ['2023', '2024'] },
  yAxis: { type: 'value' },
  tooltip: { trigger: 'axis', formatter: tip },
  series: [{ type: 'bar', name: '申请', data, label: { show: true } }],
  ...extra,
});

describe('optionChange', () => {
  it('finds deep-equal options the same', () => {
    expect(optionChange(bars([1, 2]), bars([1, 2]))).toBe('same');
  });

  it('merges when only values change: data, labels, a new formatter', () => {
    expect(optionChange(bars([1, 2]), bars([3, 4]))).toBe('merge');
    expect(optionChange(bars([1, 2]), bars([1, 2, 5]))).toBe('merge');
    expect(optionChange(bars([1, 2]), { ...bars([1, 2]), color: ['#000', '#b4232a'] })).toBe('merge');
    expect(optionChange(bars([1]), { ...bars([1]), tooltip: { trigger: 'axis', formatter: () => 'new tip' } })).toBe('merge');
  });

  it('replaces when a component or property is added or dropped', () => {
    expect(optionChange(bars([1]), bars([1], { legend: {} }))).toBe('replace');
    const noLabel = bars([1]);
    const { label: _dropped, ...series } = noLabel.series[0]!;
    expect(optionChange(bars([1]), { ...noLabel, series: [series] })).toBe('replace');
    const two = bars([1]);
    expect(optionChange(two, { ...two, series: [...two.series, { ...two.series[0]! }] })).toBe('replace');
  });

  it('replaces when a series changes type or an object becomes a value', () => {
    const line = bars([1]);
    expect(optionChange(line, { ...line, series: [{ ...line.series[0]!, type: 'line' }] })).toBe('replace');
    expect(optionChange(line, { ...line, yAxis: 'none' })).toBe('replace');
  });

  it('treats NaN as equal to NaN', () => {
    expect(optionChange(bars([Number.NaN]), bars([Number.NaN]))).toBe('same');
  });

  it('rebuilds rather than loops when an option holds a cycle (ECharts writes into options it drew)', () => {
    const cyclic = (v: number) => {
      const node: Record<string, unknown> = { value: v };
      node.self = node;
      return { ...bars([v]), dataset: { source: [node] } };
    };
    expect(['merge', 'replace']).toContain(optionChange(cyclic(1), cyclic(2)));
    const shared = cyclic(1);
    expect(optionChange(shared, { ...shared })).toBe('same');
  });
});
