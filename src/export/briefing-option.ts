import type { EChartsOption } from 'echarts';
import { EXPORT_FONT_STACK } from './font-family.ts';

/** What makes a chart briefing-grade: title, filters in words, source, definitions and a findings note. */
export interface BriefingMeta {
  title: string;
  subtitle: string;
  source: string;
  footnotes: readonly string[];
  /** Shown in red above the footnotes when consistency findings touch the data. */
  note?: string | null;
  /** Width of the exported image in CSS pixels, to wrap the footer. */
  width: number;
}

const PAD = 24;
const TITLE = { size: 20, line: 28 };
const SUBTITLE = { size: 13, line: 20 };
const FOOT = { size: 11, line: 16 };
const NOTE = { size: 12, line: 18 };

/** Lines a text takes at a font size in a width: CJK and full-width characters are one em, others about half. */
export function estimateLines(text: string, fontSize: number, width: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\uffef]/.test(ch) ? 1 : 0.56;
  return Math.max(1, Math.ceil((ems * fontSize) / Math.max(fontSize, width)));
}

type Box = Record<string, unknown>;
const shift = (v: unknown, by: number, fallback: number) => (typeof v === 'number' ? v : fallback) + by;
const each = (v: unknown, f: (b: Box) => Box): unknown => (Array.isArray(v) ? v.map((b: Box) => f(b)) : v && typeof v === 'object' ? f(v as Box) : v);

interface FooterBlock {
  text: string;
  size: number;
  line: number;
  fill: string;
}

/** Pixels the briefing takes above the plot (title and subtitle) and below it (note, footnotes, source). */
export function briefingFrame(meta: BriefingMeta): { header: number; footer: number; graphic: NonNullable<EChartsOption['graphic']> } {
  const inner = meta.width - 2 * PAD;
  const header = PAD / 2 + TITLE.line * estimateLines(meta.title, TITLE.size, inner) + (meta.subtitle ? SUBTITLE.line : 0) + 12;
  const blocks: FooterBlock[] = [
    ...(meta.note ? [{ text: meta.note, size: NOTE.size, line: NOTE.line, fill: '#b4232a' }] : []),
    ...meta.footnotes.map((text) => ({ text, size: FOOT.size, line: FOOT.line, fill: '#57606a' })),
    { text: meta.source, size: FOOT.size, line: FOOT.line, fill: '#1f2328' },
  ];
  let bottom = PAD / 2;
  const graphic = blocks.reverse().map((b) => {
    const lines = estimateLines(b.text, b.size, inner);
    const el = {
      type: 'text' as const,
      left: PAD,
      bottom,
      style: { text: b.text, width: inner, overflow: 'break' as const, fontSize: b.size, lineHeight: b.line, fill: b.fill, fontFamily: EXPORT_FONT_STACK },
    };
    bottom += lines * b.line + 2;
    return el;
  });
  return { header, footer: bottom + 8, graphic };
}

/** Boxes anchored at the bottom move up by the footer, the others down by the header. */
const clear = (v: unknown, header: number, footer: number) =>
  each(v, (b) => (typeof b.bottom === 'number' ? { ...b, bottom: b.bottom + footer } : { ...b, top: shift(b.top, header, 0) }));

/**
 * The chart option with the briefing furniture composed in (title, subtitle, footer as graphic text), so
 * the PNG and the SVG are the same picture; the plot area, legend, visual map and any panel titles (small
 * multiples) move to make room.
 */
export function briefingOption(option: EChartsOption, meta: BriefingMeta): EChartsOption {
  const inner = meta.width - 2 * PAD;
  const { header, footer, graphic } = briefingFrame(meta);
  const title = {
    text: meta.title,
    subtext: meta.subtitle,
    left: PAD,
    top: PAD / 2,
    itemGap: 6,
    textStyle: { fontSize: TITLE.size, lineHeight: TITLE.line, fontWeight: 'bold', color: '#1f2328', width: inner, overflow: 'break', fontFamily: EXPORT_FONT_STACK },
    subtextStyle: { fontSize: SUBTITLE.size, color: '#57606a', fontFamily: EXPORT_FONT_STACK },
  } as const;
  const panels = Array.isArray(option.title) ? (option.title as Box[]).map((t) => ({ ...t, top: shift(t.top, header, 0) })) : [];
  return {
    ...option,
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { ...(option.textStyle as Box | undefined), fontFamily: EXPORT_FONT_STACK },
    title: panels.length ? [title, ...panels] : title,
    grid: each(option.grid, (g) => ({ ...g, top: shift(g.top, header, 48), bottom: shift(g.bottom, footer, 32) })) as EChartsOption['grid'],
    legend: clear(option.legend, header, footer) as EChartsOption['legend'],
    ...(option.visualMap ? { visualMap: clear(option.visualMap, header, footer) as EChartsOption['visualMap'] } : {}),
    graphic,
  };
}
