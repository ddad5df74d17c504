import { describe, expect, it } from 'vitest';
import { briefingFrame, briefingOption, estimateLines } from '../../src/export/briefing-option.ts';
import { EXPORT_FONT_STACK } from '../../src/export/font-family.ts';
import { renderSvg } from '../../src/export/svg.ts';
import { SAMPLE_META, sampleBriefing, sampleChart } from './sample-chart.ts';

type Obj = Record<string, unknown>;

describe('briefingOption(option, meta)', () => {
  it('adds the title and the filters as subtitle in the bundled font', () => {
    const o = sampleBriefing() as Obj;
    const title = o.title as Obj;
    expect(title.text).toBe(SAMPLE_META.title);
    expect(title.subtext).toBe(SAMPLE_META.subtitle);
    expect((o.textStyle as Obj).fontFamily).toBe(EXPORT_FONT_STACK);
    expect(o.animation).toBe(false);
  });

  it('writes the findings note, the definitions and the source as footer text, source last', () => {
    const graphic = (sampleBriefing() as Obj).graphic as { style: { text: string; fill: string }; bottom: number }[];
    const texts = [...graphic].sort((a, b) => b.bottom - a.bottom).map((g) => g.style.text);
    expect(texts).toEqual([SAMPLE_META.note, ...SAMPLE_META.footnotes, SAMPLE_META.source]);
    expect(graphic.find((g) => g.style.text === SAMPLE_META.note)?.style.fill).toBe('#b4232a');
  });

  it('leaves the note out when no findings touch the data', () => {
    const graphic = (sampleBriefing({ note: null }) as Obj).graphic as unknown[];
    expect(graphic).toHaveLength(1 + SAMPLE_META.footnotes.length);
  });

  it('moves the plot and the legend clear of header and footer, and leaves the input alone', () => {
    const plain = sampleChart() as Obj;
    const before = JSON.stringify(plain);
    const o = briefingOption(plain, SAMPLE_META) as Obj;
    expect(JSON.stringify(plain)).toBe(before);
    const grid = o.grid as Obj;
    expect(grid.top).toBeGreaterThan((plain.grid as Obj).top as number);
    expect(grid.bottom).toBeGreaterThan(60);
    expect((o.legend as Obj).top).toBeGreaterThan(50);
  });

  it('renders to SVG text in which the title, subtitle and footer all appear', () => {
    const svg = renderSvg(sampleBriefing(), { width: 960, height: 600 });
    for (const t of [SAMPLE_META.title, SAMPLE_META.subtitle, SAMPLE_META.source]) expect(svg).toContain(t);
  });
});

describe('briefingOption on charts with panels and a visual map', () => {
  const frame = briefingFrame(SAMPLE_META);

  it('keeps small-multiple panel titles under the briefing title, moved down with their plots', () => {
    const panels = { ...sampleChart(), title: [{ text: '甲镇', top: 0 }, { text: '乙镇', top: 120 }], grid: [{ top: 26 }, { top: 146 }] };
    const o = briefingOption(panels, SAMPLE_META) as Obj;
    const titles = o.title as Obj[];
    expect(titles.map((t) => t.text)).toEqual([SAMPLE_META.title, '甲镇', '乙镇']);
    expect(titles.slice(1).map((t) => t.top)).toEqual([frame.header, 120 + frame.header]);
    expect((o.grid as Obj[]).map((g) => g.top)).toEqual([26 + frame.header, 146 + frame.header]);
  });

  it('lifts a visual map anchored at the bottom above the footer, and adds none where there was none', () => {
    const heat = { ...sampleChart(), visualMap: [{ bottom: 0 }, { bottom: 0, right: 0 }] };
    const o = briefingOption(heat, SAMPLE_META) as Obj;
    expect((o.visualMap as Obj[]).map((v) => v.bottom)).toEqual([frame.footer, frame.footer]);
    expect('visualMap' in (briefingOption(sampleChart(), SAMPLE_META) as Obj)).toBe(false);
  });

  it('reserves more footer for more footnotes', () => {
    expect(briefingFrame({ ...SAMPLE_META, footnotes: [...SAMPLE_META.footnotes, '另一条说明'] }).footer).toBeGreaterThan(frame.footer);
  });
});

describe('estimateLines(text, fontSize, width)', () => {
  it('counts CJK characters as one em and Latin as about half', () => {
    expect(estimateLines('政'.repeat(10), 10, 100)).toBe(1);
    expect(estimateLines('政'.repeat(11), 10, 100)).toBe(2);
    expect(estimateLines('a'.repeat(17), 10, 100)).toBe(1);
  });
});
