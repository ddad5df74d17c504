import type { EChartsOption } from 'echarts';
import { tooltipHtml } from './tooltip-html.ts';

/** One ranked agency: a rate with its interval, or a count (low/high null). */
export interface RankingPoint {
  label: string;
  value: number;
  low: number | null;
  high: number | null;
  /** Tooltip text (plain): value, numerator, denominator, interval. */
  note: string;
}

export interface RankingOptions {
  /** Rates: dot + 95 % interval on a 0–100 % axis; counts: plain bars. */
  isRate: boolean;
  /** Peer-group reference (ratio of sums for rates, median for counts); null = none drawn. */
  baseline: number | null;
  baselineLabel: string;
  xName: string;
  format: (value: number) => string;
  color?: string;
}

/** Agencies ranked top to bottom (first point on top). */
export function rankingOption(points: readonly RankingPoint[], o: RankingOptions): EChartsOption {
  const color = o.color ?? '#b4232a';
  const source = points.map((p) => ({
    label: p.label,
    value: p.value,
    base: p.low,
    span: p.low !== null && p.high !== null ? p.high - p.low : null,
  }));
  const markLine =
    o.baseline === null
      ? undefined
      : {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#5f6b7a', type: 'dashed' as const },
          label: { formatter: `${o.baselineLabel} ${o.format(o.baseline)}`, position: 'end' as const, fontSize: 11 },
          data: [{ xAxis: o.baseline }],
        };
  const rateSeries = [
    { type: 'bar' as const, stack: 'ci', encode: { y: 'label', x: 'base' }, itemStyle: { color: 'transparent' }, silent: true, barWidth: 8 },
    { type: 'bar' as const, stack: 'ci', encode: { y: 'label', x: 'span' }, itemStyle: { color, opacity: 0.25 }, barWidth: 8 },
    { type: 'scatter' as const, encode: { y: 'label', x: 'value' }, itemStyle: { color }, symbolSize: 9, markLine },
  ];
  const countSeries = [{ type: 'bar' as const, encode: { y: 'label', x: 'value' }, itemStyle: { color }, barMaxWidth: 14, markLine }];
  return {
    animation: false,
    dataset: { source, dimensions: ['label', 'value', 'base', 'span'] },
    grid: { left: 8, right: 48, top: 28, bottom: 24 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        return tooltipHtml(points[first?.dataIndex ?? 0]?.note ?? '');
      },
    },
    yAxis: { type: 'category', inverse: true, axisTick: { show: false }, axisLabel: { width: 150, overflow: 'truncate' } },
    xAxis: {
      type: 'value',
      name: o.xName,
      nameLocation: 'middle',
      nameGap: 24,
      position: 'top',
      ...(o.isRate ? { min: 0, max: 1 } : {}),
      axisLabel: { formatter: (v: number) => o.format(v) },
    },
    series: o.isRate ? rateSeries : countSeries,
  };
}
