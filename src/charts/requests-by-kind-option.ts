import type { EChartsOption } from 'echarts';
import { stackedBarOption } from './stacked-bar-option.ts';

/** New requests of one year and agency kind. */
export interface RequestsByKindRow {
  year: number | string;
  kind: string;
  receivedNew: number;
}

/** The words of the chart, in the reader's language. */
export interface RequestsByKindText {
  /** Agency kinds in stacking order (kinds without rows are left out). */
  kinds: readonly string[];
  kindLabel: (kind: string) => string;
  yName: string;
  format: (value: number) => string;
}

/** New requests per year, stacked by agency kind: the overview's chart and the print brief's. */
export function requestsByKindOption(rows: readonly RequestsByKindRow[], text: RequestsByKindText): EChartsOption {
  return stackedBarOption(rows, {
    x: 'year',
    series: 'kind',
    y: 'receivedNew',
    seriesOrder: text.kinds,
    seriesLabel: text.kindLabel,
    yName: text.yName,
    format: text.format,
  });
}
