import { describe, expect, it } from 'vitest';
import { intervalOption } from '../../src/charts/interval-option.ts';
import { isVertical, pointCounts, pointForKey } from '../../src/charts/point-keys.ts';
import { rankingOption } from '../../src/charts/ranking-option.ts';

const interval = intervalOption(
  [
    { category: '2020', value: 0.5, low: 0.3, high: 0.7, note: '' },
    { category: '2021', value: null, low: null, high: null, note: '' },
    { category: '2022', value: 0.6, low: 0.4, high: 0.8, note: '' },
  ],
  { yName: '', format: String },
);

describe('pointCounts(option)', () => {
  it('counts dataset rows per series and skips silent helper series', () => {
    expect(pointCounts(interval)).toEqual([0, 3, 3]);
  });

  it('counts inline data and series of other datasets', () => {
    expect(pointCounts({ dataset: [{ source: [1, 2] }, { source: [1, 2, 3, 4] }], series: [{ type: 'line', datasetIndex: 1 }, { type: 'bar', data: [1] }] })).toEqual([4, 1]);
  });
});

describe('pointForKey(key, current, counts, vertical)', () => {
  const counts = [0, 3, 2];

  it('shows the first point of the first series with points on the first arrow', () => {
    expect(pointForKey('ArrowRight', null, counts)).toEqual({ kind: 'show', point: { seriesIndex: 1, dataIndex: 0 } });
    expect(pointForKey('End', null, counts)).toEqual({ kind: 'show', point: { seriesIndex: 1, dataIndex: 2 } });
    expect(pointForKey('Enter', null, counts)).toBeNull();
    expect(pointForKey('a', null, counts)).toBeNull();
  });

  it('moves along a series, stopping at its ends', () => {
    const at = { seriesIndex: 1, dataIndex: 2 };
    expect(pointForKey('ArrowRight', at, counts)).toEqual({ kind: 'show', point: at });
    expect(pointForKey('ArrowLeft', at, counts)).toEqual({ kind: 'show', point: { seriesIndex: 1, dataIndex: 1 } });
    expect(pointForKey('Home', at, counts)).toEqual({ kind: 'show', point: { seriesIndex: 1, dataIndex: 0 } });
  });

  it('moves between series with points, keeping the position where the next series has it', () => {
    expect(pointForKey('ArrowDown', { seriesIndex: 1, dataIndex: 2 }, counts)).toEqual({ kind: 'show', point: { seriesIndex: 2, dataIndex: 1 } });
    expect(pointForKey('ArrowUp', { seriesIndex: 1, dataIndex: 2 }, counts)).toEqual({ kind: 'show', point: { seriesIndex: 1, dataIndex: 2 } });
  });

  it('picks with Enter and leaves with Escape', () => {
    const at = { seriesIndex: 2, dataIndex: 0 };
    expect(pointForKey('Enter', at, counts)).toEqual({ kind: 'pick', point: at });
    expect(pointForKey('Escape', at, counts)).toEqual({ kind: 'leave' });
    expect(pointForKey('Escape', null, counts)).toBeNull();
  });

  it('turns the arrows a quarter when categories run down the chart', () => {
    const ranking = rankingOption([{ label: '甲', value: 3, low: null, high: null, note: '' }, { label: '乙', value: 2, low: null, high: null, note: '' }], {
      isRate: false, baseline: null, baselineLabel: '', xName: '', format: String,
    });
    expect(isVertical(ranking)).toBe(true);
    expect(isVertical(interval)).toBe(false);
    expect(pointForKey('ArrowDown', { seriesIndex: 0, dataIndex: 0 }, [2], true)).toEqual({ kind: 'show', point: { seriesIndex: 0, dataIndex: 1 } });
  });
});
