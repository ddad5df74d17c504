import type { EChartsOption } from 'echarts';
import type { SeriesSpec, WideRow } from './series-spec.ts';

export interface WideStackOptions {
  x: string;
  series: readonly SeriesSpec[];
  yName: string;
  format: (value: number) => string;
  /**
   * Keys of the series to show when the row set varies with the selection (template versions): the others
   * stay in the option, empty, silent and out of legend and tooltip, so a filter change merges into the
   * drawn chart instead of rebuilding it.
   */
  shown?: ReadonlySet<string>;
}

/** Stacked bars from wide rows; a null cell (row not in that year's template) is left out, not drawn as 0. */
export function wideStackOption(rows: readonly WideRow[], o: WideStackOptions): EChartsOption {
  return {
    animation: false,
    dataset: { source: rows.map((r) => ({ ...r })), dimensions: [o.x, ...o.series.map((s) => s.key)] },
    legend: { top: 0, type: 'scroll', ...(o.shown ? { data: o.series.filter((s) => o.shown?.has(s.key)).map((s) => s.label) } : {}) },
    grid: { left: 48, right: 16, top: 64, bottom: 32, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (v === null || v === undefined ? '—' : o.format(Number(v))),
    },
    xAxis: { type: 'category' },
    yAxis: { type: 'value', name: o.yName, axisLabel: { formatter: (v: number) => o.format(v) } },
    series: o.series.map((s) => ({
      type: 'bar',
      name: s.label,
      stack: 'total',
      encode: { x: o.x, y: s.key },
      emphasis: { focus: 'series' },
      ...(s.color ? { itemStyle: { color: s.color } } : {}),
      ...(o.shown ? { silent: !o.shown.has(s.key), tooltip: { show: o.shown.has(s.key) } } : {}),
    })),
  };
}
