import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { briefingTexts, fitPreset } from '../../src/export/briefing.ts';
import { briefingFrame } from '../../src/export/briefing-option.ts';
import { imagePreset } from '../../src/export/presets.ts';
import { fixtureDb } from '../queries/fixture-db.ts';
import { SAMPLE_META, sampleChart } from './sample-chart.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureDb();
});

describe('fitPreset(preset, chartHeight, meta)', () => {
  const meta = { ...SAMPLE_META, width: 960 };
  const { header, footer } = briefingFrame(meta);

  it('makes a screen-size image tall enough for a long chart and its briefing', () => {
    expect(fitPreset(imagePreset('x2'), 1200, meta)).toEqual({ ...imagePreset('x2'), height: Math.ceil(1200 + header + footer) });
  });

  it('keeps the screen size for short charts and the page for slide and A4', () => {
    expect(fitPreset(imagePreset('x1'), 200, meta)).toEqual(imagePreset('x1'));
    expect(fitPreset(imagePreset('x1'), undefined, meta)).toEqual(imagePreset('x1'));
    expect(fitPreset(imagePreset('a4-300'), 1200, meta)).toEqual(imagePreset('a4-300'));
    expect(fitPreset(imagePreset('slide'), 1200, meta)).toEqual(imagePreset('slide'));
  });
});

describe('briefingTexts(db, spec, lang)', () => {
  const spec = {
    title: '公开率历年走势',
    option: sampleChart(),
    rows: sql`SELECT year, received_new FROM report_summary WHERE dataset = 'test' ORDER BY year`,
    filters: { dataset: 'test', years: [], kinds: [] },
    indicators: ['disclosure_rate'] as const,
    notes: ['同类机关：乡镇'],
    height: 900,
  };

  it('adds a spec’s own notes after the indicator definitions', async () => {
    const texts = await briefingTexts(db, spec, 'zh');
    expect(texts.footnotes).toHaveLength(2);
    expect(texts.footnotes[0]).toMatch(/^公开率：/);
    expect(texts.footnotes[1]).toBe('同类机关：乡镇');
  });
});
