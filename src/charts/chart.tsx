import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core.js';
import { echarts } from './echarts.ts';

export interface ChartProps {
  option: EChartsOption;
  height?: number;
  /** Accessible description of what the chart shows. */
  label: string;
}

/** The one chart component: an ECharts canvas for a pure option object. */
export function Chart({ option, height = 320, label }: ChartProps) {
  return (
    <div role="img" aria-label={label} data-testid="chart">
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas' }}
      />
    </div>
  );
}
