import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// Registered once: only what the dashboard draws, so the bundle stays small.
echarts.use([
  AriaComponent,
  BarChart,
  LineChart,
  ScatterChart,
  HeatmapChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

/**
 * The page's font stack (styles.css) for chart text. ECharts measures text on a detached canvas, which picks
 * fallback fonts without the page's zh-CN language: under the default 'sans-serif' a "·" measured narrow
 * but drew full width, so legend items overlapped. Naming the CJK fonts makes measuring and drawing agree.
 */
export const CHART_THEME = 'atlas';
echarts.registerTheme(CHART_THEME, {
  textStyle: { fontFamily: "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif" },
});

export { echarts };
