import type { EChartsOption } from 'echarts';
import { tooltipHtml } from './tooltip-html.ts';

/** One cell of the heatmap; value null = no figure (no report, blank, or too few cases): hatched, never 0. */
export interface HeatCell {
  row: string;
  col: string;
  value: number | null;
  /** Short text drawn in the cell: the formatted value, or for a hatched cell e.g. the raw counts (grey). */
  text: string;
  /** Tooltip text (plain). */
  note: string;
}

export interface HeatmapOptions {
  /** Row labels, top to bottom. */
  rows: readonly string[];
  /** Column labels, left to right. */
  cols: readonly string[];
  min: number;
  max: number;
  format: (value: number) => string;
  /** Legend text for the hatched cells. */
  blankLabel: string;
  /** Narrow screens: shorter row labels and no values written in the cells. */
  compact?: boolean;
}

const HATCH = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: '#c3cad3' };

/** Rows × columns heatmap with a continuous scale; cells without a figure are hatched grey, not coloured as 0. */
export function heatmapOption(cells: readonly HeatCell[], o: HeatmapOptions): EChartsOption {
  const filled = cells.filter((c) => c.value !== null);
  const blank = cells.filter((c) => c.value === null);
  return {
    animation: false,
    dataset: [
      { source: filled.map((c) => ({ col: c.col, row: c.row, value: c.value, text: c.text })), dimensions: ['col', 'row', 'value', 'text'] },
      { source: blank.map((c) => ({ col: c.col, row: c.row, value: 0, text: c.text })), dimensions: ['col', 'row', 'value', 'text'] },
    ],
    grid: { left: 8, right: 16, top: 8, bottom: 56 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        if (Array.isArray(p)) return '';
        const list = p.seriesIndex === 0 ? filled : blank;
        return tooltipHtml(list[p.dataIndex]?.note ?? '');
      },
    },
    xAxis: { type: 'category', data: [...o.cols], splitArea: { show: false }, axisTick: { show: false } },
    yAxis: { type: 'category', data: [...o.rows], inverse: true, axisTick: { show: false }, axisLabel: { width: o.compact ? 84 : 150, overflow: 'truncate', fontSize: o.compact ? 10 : 12 } },
    // Every heatmap series needs a visualMap (ECharts throws otherwise); the blank series gets a one-piece
    // map that doubles as its legend entry.
    visualMap: [
      {
      type: 'continuous',
      seriesIndex: 0,
      // Without it ECharts maps the last dimension (the label text) and leaves every cell uncoloured.
      dimension: 2,
      min: o.min,
      max: o.max > o.min ? o.max : o.min + 1,
      calculable: false,
      orient: 'horizontal',
      left: o.compact ? 0 : 'center',
      bottom: 0,
      itemHeight: o.compact ? 100 : 160,
      itemWidth: 10,
      text: [o.format(o.max), o.format(o.min)],
      textGap: 6,
      formatter: (v) => o.format(Number(v)),
      inRange: { color: ['#f6d5d5', '#e88a8a', '#b4232a', '#6e1016'] },
      },
      {
        type: 'piecewise',
        seriesIndex: 1,
        dimension: 2,
        pieces: [{ value: 0, label: o.blankLabel, color: '#e6e9ee' }],
        orient: 'horizontal',
        right: 0,
        bottom: 0,
        itemWidth: 14,
        itemHeight: 10,
        hoverLink: false,
        selectedMode: false,
      },
    ],
    series: [
      {
        type: 'heatmap',
        name: 'value',
        datasetIndex: 0,
        encode: { x: 'col', y: 'row', value: 'value' },
        label: { show: !o.compact, formatter: (p) => (p.data as { text: string }).text, fontSize: 10 },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      },
      {
        type: 'heatmap',
        name: o.blankLabel,
        datasetIndex: 1,
        encode: { x: 'col', y: 'row', value: 'value' },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1, decal: HATCH },
        label: { show: !o.compact, formatter: (p) => (p.data as { text: string }).text, fontSize: 10, color: '#5f6b7a' },
      },
    ],
  };
}
