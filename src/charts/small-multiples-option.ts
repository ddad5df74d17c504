import type { EChartsOption } from 'echarts';
import type { WideRow } from './series-spec.ts';

export interface SmallMultiplesOptions {
  /** Category column shared by every panel (e.g. year). */
  x: string;
  /** One panel per entry, in reading order: the column it reads and its title. */
  panels: readonly { key: string; label: string }[];
  columns: number;
  /** Pixel height of one panel row, title included. */
  panelHeight: number;
  /** Pixel width a panel title may take before it is truncated. */
  titleWidth?: number;
  format: (value: number) => string;
  /** Shared y maximum so panels compare at a glance; rates pass 1. */
  max: number;
  color?: string;
}

/** Total pixel height of a small-multiples chart. */
export function smallMultiplesHeight(panels: number, columns: number, panelHeight: number): number {
  return Math.max(1, Math.ceil(panels / columns)) * panelHeight;
}

/** One small line chart per panel over a shared x and y scale; nulls are gaps, never 0. */
export function smallMultiplesOption(rows: readonly WideRow[], o: SmallMultiplesOptions): EChartsOption {
  const color = o.color ?? '#b4232a';
  const width = 100 / o.columns;
  const place = (i: number) => ({ col: i % o.columns, row: Math.floor(i / o.columns) });
  return {
    animation: false,
    dataset: { source: rows.map((r) => ({ ...r })), dimensions: [o.x, ...o.panels.map((p) => p.key)] },
    title: o.panels.map((p, i) => ({
      text: p.label,
      left: `${place(i).col * width + 1}%`,
      top: place(i).row * o.panelHeight,
      textStyle: { fontSize: 12, fontWeight: 'normal', width: o.titleWidth ?? 160, overflow: 'truncate' },
    })),
    grid: o.panels.map((_, i) => ({
      // Proportional margins leave room for the y labels at any width (no containLabel in ECharts 6).
      left: `${place(i).col * width + width * 0.17}%`,
      width: `${width * 0.76}%`,
      top: place(i).row * o.panelHeight + 26,
      height: o.panelHeight - 52,
      // The margins are already set for the labels: measuring every panel's labels again on each update
      // was a fifth of a compare filter change.
      outerBoundsMode: 'none' as const,
    })),
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : o.format(Number(v))) },
    xAxis: o.panels.map((_, i) => ({
      type: 'category',
      gridIndex: i,
      boundaryGap: false,
      axisLabel: { fontSize: 10, interval: 'auto' as const },
      axisTick: { show: false },
    })),
    yAxis: o.panels.map((_, i) => ({
      type: 'value',
      gridIndex: i,
      min: 0,
      max: o.max > 0 ? o.max : 1,
      splitNumber: 2,
      axisLabel: { fontSize: 10, formatter: (v: number) => o.format(v) },
    })),
    series: o.panels.map((p, i) => ({
      type: 'line',
      name: p.label,
      xAxisIndex: i,
      yAxisIndex: i,
      encode: { x: o.x, y: p.key },
      connectNulls: false,
      symbolSize: 4,
      itemStyle: { color },
      lineStyle: { color, width: 1.5 },
    })),
  };
}
