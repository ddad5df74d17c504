import type { EChartsOption } from 'echarts';

/** A data point of a chart: the series and the item within it. */
export interface ChartPoint {
  seriesIndex: number;
  dataIndex: number;
}

interface SeriesLike {
  silent?: boolean;
  data?: readonly unknown[];
  datasetIndex?: number;
}

const asList = <T>(v: T | readonly T[] | undefined): readonly T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v as T]);

/**
 * How many points each series has that a keyboard user can visit: 0 for silent series (helpers such as
 * the invisible base of a floating bar or the funnel's control limits) and for series without data.
 */
export function pointCounts(option: EChartsOption): number[] {
  const datasets = asList(option.dataset as { source?: unknown } | readonly { source?: unknown }[] | undefined);
  return asList(option.series as SeriesLike | readonly SeriesLike[] | undefined).map((s) => {
    if (s.silent) return 0;
    if (s.data) return s.data.length;
    const source = datasets[s.datasetIndex ?? 0]?.source;
    return Array.isArray(source) ? source.length : 0;
  });
}

/** What a key does on a focused chart: move to a point, pick it (Enter), leave (Escape), or nothing. */
export type PointMove = { kind: 'show'; point: ChartPoint } | { kind: 'pick'; point: ChartPoint } | { kind: 'leave' } | null;

function nearestSeries(counts: readonly number[], from: number, step: 1 | -1): number | null {
  for (let i = from + step; i >= 0 && i < counts.length; i += step) if ((counts[i] ?? 0) > 0) return i;
  return null;
}

/** Whether categories run down the chart (a category y axis against a value x axis, as in rankings). */
export function isVertical(option: EChartsOption): boolean {
  const type = (axis: unknown) => (asList(axis as { type?: string } | readonly { type?: string }[] | undefined)[0]?.type);
  return type(option.yAxis) === 'category' && type(option.xAxis) !== 'category';
}

const TURNED: Record<string, string> = { ArrowDown: 'ArrowRight', ArrowUp: 'ArrowLeft', ArrowRight: 'ArrowDown', ArrowLeft: 'ArrowUp' };

/**
 * The next point for a key (pure): ←/→ move along a series, ↑/↓ to the previous/next series with points
 * (keeping the position where it can), Home/End to its ends; turned a quarter when categories run down
 * (`vertical`). The first arrow shows the first point.
 */
export function pointForKey(pressed: string, current: ChartPoint | null, counts: readonly number[], vertical = false): PointMove {
  const key = vertical ? (TURNED[pressed] ?? pressed) : pressed;
  if (key === 'Escape') return current ? { kind: 'leave' } : null;
  if (key === 'Enter' || key === ' ') return current ? { kind: 'pick', point: current } : null;
  const first = nearestSeries(counts, -1, 1);
  if (first === null) return null;
  if (!current) {
    return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)
      ? { kind: 'show', point: { seriesIndex: first, dataIndex: key === 'End' ? (counts[first] ?? 1) - 1 : 0 } }
      : null;
  }
  const n = counts[current.seriesIndex] ?? 0;
  const along = (dataIndex: number) => ({ kind: 'show' as const, point: { ...current, dataIndex: Math.max(0, Math.min(n - 1, dataIndex)) } });
  switch (key) {
    case 'ArrowRight':
      return along(current.dataIndex + 1);
    case 'ArrowLeft':
      return along(current.dataIndex - 1);
    case 'Home':
      return along(0);
    case 'End':
      return along(n - 1);
    case 'ArrowUp':
    case 'ArrowDown': {
      const s = nearestSeries(counts, current.seriesIndex, key === 'ArrowDown' ? 1 : -1);
      if (s === null) return { kind: 'show', point: current };
      return { kind: 'show', point: { seriesIndex: s, dataIndex: Math.min(current.dataIndex, (counts[s] ?? 1) - 1) } };
    }
    default:
      return null;
  }
}
