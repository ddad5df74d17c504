import type { EChartsOption } from 'echarts';

export interface StackedBarOptions<Row> {
  /** Category axis field (e.g. year). */
  x: keyof Row & string;
  /** Series field (e.g. agency kind); one stacked series per distinct value, in the given order. */
  series: keyof Row & string;
  y: keyof Row & string;
  seriesOrder: readonly string[];
  seriesLabel: (value: string) => string;
  yName: string;
  /** Formats a value in the tooltip and axis. */
  format: (value: number) => string;
}

/** Stacked bars of y by x, one series per value of `series`, from rows in long form. */
export function stackedBarOption<Row extends object>(
  rows: readonly Row[],
  o: StackedBarOptions<Row>,
): EChartsOption {
  const xs = [...new Set(rows.map((r) => String(r[o.x] as unknown)))].sort();
  const present = new Set(rows.map((r) => String(r[o.series] as unknown)));
  const seriesValues = o.seriesOrder.filter((s) => present.has(s));
  // One wide dataset row per x: { x, <series>: y … }, so each series encodes one column.
  const source = xs.map((x) => {
    const row: Record<string, string | number> = { [o.x]: x };
    for (const s of seriesValues) row[s] = 0;
    for (const r of rows) if (String(r[o.x] as unknown) === x) row[String(r[o.series] as unknown)] = Number(r[o.y] as unknown);
    return row;
  });
  return {
    animation: false,
    dataset: { source, dimensions: [o.x, ...seriesValues] },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 16, top: 64, bottom: 32, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => o.format(Number(v)) },
    xAxis: { type: 'category' },
    yAxis: { type: 'value', name: o.yName, axisLabel: { formatter: (v: number) => o.format(v) } },
    series: seriesValues.map((s) => ({
      type: 'bar',
      name: o.seriesLabel(s),
      stack: 'total',
      encode: { x: o.x, y: s },
      emphasis: { focus: 'series' },
    })),
  };
}
