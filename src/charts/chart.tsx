import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core.js';
import { useMemo, useRef } from 'react';
import { echarts } from './echarts.ts';

export interface ChartProps {
  option: EChartsOption;
  height?: number;
  /** Accessible description of what the chart shows. */
  label: string;
}

/**
 * The one chart component: an ECharts canvas for a pure option object. It stamps
 * `data-rendered-at` (performance.now()) when ECharts finishes drawing, so benchmarks and browser
 * tests can tell when a filter change has reached the screen.
 */
export function Chart({ option, height = 320, label }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const events = useMemo(
    () => ({ finished: () => box.current?.setAttribute('data-rendered-at', String(performance.now())) }),
    [],
  );
  return (
    <div ref={box} role="img" aria-label={label} data-testid="chart">
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        onEvents={events}
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas' }}
      />
    </div>
  );
}
