import type { EChartsOption } from 'echarts';
import { tooltipHtml } from './tooltip-html.ts';

/** One agency of a funnel plot: its rate over its denominator. */
export interface FunnelPoint {
  label: string;
  n: number;
  value: number;
  /** Outside the control limits: above (high) or below (low); null or absent inside. */
  outlier?: 'high' | 'low' | null;
  /** Tooltip text, or a function writing it when the tooltip shows (a province's peer group has thousands of points). */
  note: string | (() => string);
}

export interface FunnelOptions {
  /** The pooled rate the limits are drawn around. */
  baseline: number;
  /** Control limits at each denominator n. */
  limits: readonly { n: number; low: number; high: number }[];
  xName: string;
  yName: string;
  baselineLabel: string;
  limitLabel: string;
  /** Formats a rate. */
  format: (value: number) => string;
  /** Formats a denominator. */
  formatCount: (value: number) => string;
}

const OUTLIER_COLORS: Record<string, string> = { high: '#b4232a', low: '#1f6fb2' };

/** Funnel plot: rates against denominators, the baseline, and control limits that narrow as n grows. */
export function funnelOption(points: readonly FunnelPoint[], o: FunnelOptions): EChartsOption {
  const limitLine = { type: 'line', datasetIndex: 1, showSymbol: false, silent: true, smooth: true } as const;
  const limitStyle = { color: '#5f6b7a', type: 'dashed', width: 1 } as const;
  const rows = points.map((p) => ({ label: p.label, n: p.n, value: p.value, outlier: p.outlier ?? '' }));
  const color = (p: { data: unknown }) => OUTLIER_COLORS[(p.data as { outlier: string }).outlier] ?? '#6b7785';
  return {
    animation: false,
    dataset: [
      { source: rows, dimensions: ['label', 'n', 'value', 'outlier'] },
      { source: o.limits.map((l) => ({ ...l })), dimensions: ['n', 'low', 'high'] },
      // Outliers again, to carry the names: a label per point (empty for most) cost most of a province's redraw.
      { source: rows.filter((r) => r.outlier !== ''), dimensions: ['label', 'n', 'value', 'outlier'] },
    ],
    legend: { top: 0, right: 0, data: [o.limitLabel], icon: 'rect', itemWidth: 18, itemHeight: 2 },
    grid: { left: 48, right: 24, top: 36, bottom: 40 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const note = Array.isArray(p) || p.seriesIndex !== 0 ? '' : (points[p.dataIndex]?.note ?? '');
        return tooltipHtml(typeof note === 'function' ? note() : note);
      },
    },
    xAxis: { type: 'value', name: o.xName, nameLocation: 'middle', nameGap: 26, min: 0, axisLabel: { formatter: (v: number) => o.formatCount(v) } },
    yAxis: { type: 'value', name: o.yName, min: 0, max: 1, axisLabel: { formatter: (v: number) => o.format(v) } },
    series: [
      {
        type: 'scatter',
        datasetIndex: 0,
        encode: { x: 'n', y: 'value', tooltip: ['label'] },
        symbolSize: 9,
        // One colour, no callback per point; the outliers take their colours from the labelled series drawn
        // over them. Not ECharts' large mode, though it halves a province's redraw: its points cannot show a
        // tooltip by index, so the keyboard path through the points would go silent.
        itemStyle: { color: '#6b7785' },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#1f2933', width: 1 },
          label: { formatter: `${o.baselineLabel} ${o.format(o.baseline)}`, position: 'insideStartTop', fontSize: 11 },
          data: [{ yAxis: o.baseline }],
        },
      },
      { ...limitLine, name: o.limitLabel, encode: { x: 'n', y: 'low' }, lineStyle: limitStyle, itemStyle: { color: '#5f6b7a' } },
      { ...limitLine, name: o.limitLabel, encode: { x: 'n', y: 'high' }, lineStyle: limitStyle, itemStyle: { color: '#5f6b7a' } },
      {
        type: 'scatter',
        datasetIndex: 2,
        silent: true,
        encode: { x: 'n', y: 'value' },
        symbolSize: 9,
        itemStyle: { color },
        label: { show: true, position: 'right', fontSize: 11, formatter: (p) => (p.data as { label: string }).label },
      },
    ],
  };
}
