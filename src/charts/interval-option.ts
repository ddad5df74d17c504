import type { EChartsOption } from 'echarts';
import { tooltipHtml } from './tooltip-html.ts';

/** A rate with its interval; value null = insufficient data (nothing drawn). */
export interface IntervalPoint {
  category: string;
  value: number | null;
  low: number | null;
  high: number | null;
  /** Tooltip text: the rate, its numerator and denominator. */
  note: string;
}

export interface IntervalOptions {
  yName: string;
  format: (value: number) => string;
  color?: string;
}

/** Points with 95 % intervals drawn as floating bars (an invisible base bar plus the span), on a 0–100 % axis. */
export function intervalOption(points: readonly IntervalPoint[], o: IntervalOptions): EChartsOption {
  const color = o.color ?? '#b4232a';
  const source = points.map((p) => ({
    category: p.category,
    base: p.low,
    span: p.low !== null && p.high !== null ? p.high - p.low : null,
    value: p.value,
  }));
  return {
    animation: false,
    dataset: { source, dimensions: ['category', 'base', 'span', 'value'] },
    grid: { left: 48, right: 16, top: 32, bottom: 32, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        return tooltipHtml(points[first?.dataIndex ?? 0]?.note ?? '');
      },
    },
    xAxis: { type: 'category' },
    yAxis: { type: 'value', name: o.yName, min: 0, max: 1, axisLabel: { formatter: (v: number) => o.format(v) } },
    series: [
      { type: 'bar', stack: 'ci', encode: { x: 'category', y: 'base' }, itemStyle: { color: 'transparent' }, silent: true, barWidth: 14 },
      { type: 'bar', stack: 'ci', encode: { x: 'category', y: 'span' }, itemStyle: { color, opacity: 0.25 }, barWidth: 14 },
      { type: 'scatter', encode: { x: 'category', y: 'value' }, itemStyle: { color }, symbolSize: 10 },
    ],
  };
}
