export type { ChartProps } from './chart.tsx';
export { Chart } from './chart.tsx';
export { echarts } from './echarts.ts';
export type { StackedBarOptions } from './stacked-bar-option.ts';
export { stackedBarOption } from './stacked-bar-option.ts';
