import type { EChartsOption } from 'echarts';

export type ResultChartType = 'bar' | 'line' | 'scatter';

export interface ResultChartOptions {
  type: ResultChartType;
  /** Column names of the result, in order (they may repeat, so columns are picked by index). */
  columns: readonly string[];
  /** Index of the x column. */
  x: number;
  /** Index of the y column; its values are read as numbers. */
  y: number;
  /** Index of the column whose distinct values become series, or null for one series. */
  series: number | null;
  /** Formats numbers on the value axes and in the tooltip. */
  format?: (value: number) => string;
}

type Cell = string | number | null;

const label = (v: unknown): string => (v === null || v === undefined ? 'NULL' : typeof v === 'string' ? v : JSON.stringify(v));

function num(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** Distinct values of a column as labels, in order of first appearance (the query's ORDER BY). */
function distinct(rows: readonly (readonly unknown[])[], column: number | null): string[] {
  if (column === null) return [];
  return [...new Set(rows.map((r) => label(r[column])))];
}

/** Bars and lines: one wide row per x, one column per series, y summed where (x, series) repeats. */
function wideByX(rows: readonly (readonly unknown[])[], o: ResultChartOptions, names: string[]): Cell[][] {
  const byX = new Map<string, Cell[]>();
  for (const r of rows) {
    const x = label(r[o.x]);
    const row = byX.get(x) ?? [x, ...names.map((): Cell => null)];
    byX.set(x, row);
    const slot = o.series === null ? 1 : names.indexOf(label(r[o.series])) + 1;
    const y = num(r[o.y]);
    if (y !== null) row[slot] = ((row[slot] as number | null) ?? 0) + y;
  }
  return [...byX.values()];
}

/** Scatter: one row per result row, its y in its series' column. */
function pointRows(rows: readonly (readonly unknown[])[], o: ResultChartOptions, names: string[], numericX: boolean): Cell[][] {
  return rows.map((r) => {
    const row: Cell[] = [numericX ? num(r[o.x]) : label(r[o.x]), ...names.map((): Cell => null)];
    const slot = o.series === null ? 1 : names.indexOf(label(r[o.series])) + 1;
    row[slot] = num(r[o.y]);
    return row;
  });
}

/** An ECharts option for a console result: bar, line or scatter of y by x, optionally split into series. */
export function resultChartOption(rows: readonly (readonly unknown[])[], o: ResultChartOptions): EChartsOption {
  const xName = o.columns[o.x] ?? 'x';
  const yName = o.columns[o.y] ?? 'y';
  const names = o.series === null ? [yName] : distinct(rows, o.series);
  const numericX = o.type === 'scatter' && rows.length > 0 && rows.every((r) => r[o.x] === null || typeof r[o.x] === 'number');
  const source = o.type === 'scatter' ? pointRows(rows, o, names, numericX) : wideByX(rows, o, names);
  const format = o.format ?? ((v: number) => String(v));
  return {
    animation: false,
    dataset: { dimensions: [xName, ...names.map((n, i) => `${i}:${n}`)], source },
    legend: { top: 0, type: 'scroll', show: o.series !== null },
    grid: { left: 48, right: 24, top: o.series === null ? 24 : 40, bottom: 32, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: o.type === 'scatter' ? 'item' : 'axis', valueFormatter: (v) => format(Number(v)) },
    xAxis: { type: numericX ? 'value' : 'category', name: xName, nameLocation: 'middle', nameGap: 28, scale: numericX },
    yAxis: { type: 'value', name: yName, scale: o.type === 'scatter', axisLabel: { formatter: (v: number) => format(v) } },
    series: names.map((n, i) => ({
      type: o.type,
      name: n,
      encode: { x: 0, y: i + 1 },
      ...(o.type === 'line' ? { connectNulls: true, showSymbol: source.length <= 60 } : {}),
      ...(o.type === 'scatter' ? { symbolSize: 7, large: source.length > 2000 } : {}),
    })),
  };
}
