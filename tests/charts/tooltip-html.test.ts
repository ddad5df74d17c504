import { describe, expect, it } from 'vitest';
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import { funnelOption } from '../../src/charts/funnel-option.ts';
import { heatmapOption } from '../../src/charts/heatmap-option.ts';
import { rankingOption } from '../../src/charts/ranking-option.ts';
import { tooltipHtml } from '../../src/charts/tooltip-html.ts';

// An agency name as an imported file could carry it.
const EVIL = '<img src=x onerror="alert(1)">局';
const SAFE = '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;局';

type Formatter = (p: unknown) => string;
const formatterOf = (tooltip: unknown): Formatter => ((Array.isArray(tooltip) ? tooltip[0] : tooltip) as { formatter: Formatter }).formatter;

describe('tooltipHtml(text)', () => {
  it('escapes markup and turns line breaks into <br/>', () => {
    expect(tooltipHtml(`${EVIL}\n40% & more`)).toBe(`${SAFE}<br/>40% &amp; more`);
  });

  it('is what the chart builders put into their tooltips, so a name from the data is never markup', () => {
    const ranking = rankingOption([{ label: EVIL, value: 0.5, low: 0.2, high: 0.8, note: `${EVIL} 1 / 2` }], {
      isRate: true, baseline: 0.5, baselineLabel: 'b', xName: 'x', format: String,
    });
    expect(formatterOf(ranking.tooltip)([{ dataIndex: 0 }] as unknown as TooltipComponentFormatterCallbackParams)).toBe(`${SAFE} 1 / 2`);
    const funnel = funnelOption([{ label: EVIL, n: 10, value: 0.5, outlier: null, note: EVIL }], {
      baseline: 0.5, limits: [{ n: 10, low: 0.2, high: 0.8 }], xName: 'n', yName: 'r', baselineLabel: 'b', limitLabel: 'l', format: String, formatCount: String,
    });
    expect(formatterOf(funnel.tooltip)({ seriesIndex: 0, dataIndex: 0 })).toBe(SAFE);
    const heatmap = heatmapOption([{ col: '2021', row: EVIL, value: 1, text: '1', note: EVIL }], {
      cols: ['2021'], rows: [EVIL], min: 0, max: 1, format: String, blankLabel: '—',
    });
    expect(formatterOf(heatmap.tooltip)({ seriesIndex: 0, dataIndex: 0 })).toBe(SAFE);
  });
});
