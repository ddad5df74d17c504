import type { EChartsOption, TooltipComponentFormatterCallbackParams } from 'echarts';
import type { SeriesSpec, WideRow } from './series-spec.ts';
import { tooltipHtml } from './tooltip-html.ts';

export interface LineOptions {
  /** Category column (e.g. year). */
  x: string;
  series: readonly SeriesSpec[];
  yName?: string;
  format: (value: number) => string;
  /** Sparkline: no axes, legend or grid padding. */
  compact?: boolean;
  /** Tooltip text of one point (e.g. a rate with its numerator and denominator); defaults to `format`. */
  note?: (seriesKey: string, rowIndex: number) => string;
}

function noteTooltip(o: LineOptions, note: NonNullable<LineOptions['note']>) {
  return (params: TooltipComponentFormatterCallbackParams) => {
    const list = Array.isArray(params) ? params : [params];
    const lines = list.map((p) => {
      const key = o.series[p.seriesIndex ?? 0]?.key ?? '';
      return `${typeof p.marker === 'string' ? p.marker : ''}${tooltipHtml(`${p.seriesName ?? ''} ${note(key, p.dataIndex)}`)}`;
    });
    return [tooltipHtml(list[0]?.name ?? ''), ...lines].join('<br/>');
  };
}

/** Lines over a category axis from wide rows; nulls are gaps, so an unmeasured year is never drawn as 0. */
export function lineOption(rows: readonly WideRow[], o: LineOptions): EChartsOption {
  const compact = o.compact ?? false;
  return {
    animation: false,
    dataset: { source: rows.map((r) => ({ ...r })), dimensions: [o.x, ...o.series.map((s) => s.key)] },
    legend: compact ? { show: false } : { top: 0, type: 'scroll' },
    grid: compact ? { left: 2, right: 2, top: 4, bottom: 4 } : { left: 48, right: 16, top: 64, bottom: 32, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: o.note
      ? { trigger: 'axis', formatter: noteTooltip(o, o.note) }
      : { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : o.format(Number(v))) },
    xAxis: { type: 'category', show: !compact, boundaryGap: false },
    yAxis: {
      type: 'value',
      show: !compact,
      name: o.yName,
      scale: compact,
      axisLabel: { formatter: (v: number) => o.format(v) },
    },
    series: o.series.map((s) => ({
      type: 'line',
      name: s.label,
      encode: { x: o.x, y: s.key },
      connectNulls: false,
      symbolSize: compact ? 3 : 6,
      ...(s.color ? { itemStyle: { color: s.color }, lineStyle: { color: s.color } } : {}),
    })),
  };
}
