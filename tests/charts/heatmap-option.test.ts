import { describe, expect, it } from 'vitest';
import { heatmapOption } from '../../src/charts/heatmap-option.ts';
import { checkSvgGolden, renderSvg } from './svg-golden.ts';

const cells = [
  { row: '甲局', col: '2020', value: 4, text: '4件', note: '甲局 2020：4' },
  { row: '甲局', col: '2021', value: null, text: '1/2', note: '甲局 2021：数据不足' },
  { row: '乙局', col: '2020', value: 0, text: '0', note: '乙局 2020：0' },
  { row: '乙局', col: '2021', value: 12, text: '12', note: '乙局 2021：12' },
];
const o = { rows: ['甲局', '乙局'], cols: ['2020', '2021'], min: 0, max: 12, format: String, blankLabel: '无数据' };

describe('heatmapOption', () => {
  it('heatmapOption(cells, o) keeps null cells in a hatched series of their own, never coloured as 0', () => {
    const option = heatmapOption(cells, o);
    const datasets = option.dataset as { source: Record<string, unknown>[] }[];
    expect(datasets[0]?.source.map((c) => [c.row, c.col, c.value])).toEqual([
      ['甲局', '2020', 4],
      ['乙局', '2020', 0],
      ['乙局', '2021', 12],
    ]);
    expect(datasets[1]?.source).toEqual([{ col: '2021', row: '甲局', value: 0, text: '1/2' }]);
    expect(option.visualMap).toMatchObject([{ seriesIndex: 0, dimension: 2, min: 0, max: 12 }, { seriesIndex: 1, dimension: 2, pieces: [{ value: 0, label: '无数据' }] }]);
    const series = option.series as { itemStyle: { decal?: unknown } }[];
    expect(series[1]?.itemStyle.decal).toBeDefined();
    expect(option.yAxis).toMatchObject({ data: ['甲局', '乙局'], inverse: true });
  });

  it('heatmapOption(cells, { compact }) drops cell labels for phone widths', () => {
    const series = heatmapOption(cells, { ...o, compact: true }).series as { label: { show: boolean } }[];
    expect(series.map((s) => s.label.show)).toEqual([false, false]);
  });

  it('renders the SVG golden', () => {
    expect(checkSvgGolden('heatmap', renderSvg(heatmapOption(cells, o), 480, 200))).toBeUndefined();
  });
});
