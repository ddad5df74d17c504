import { DOMParser } from '@xmldom/xmldom';
import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FontFiles } from '../../src/export/font.ts';
import { exportSvg, renderSvg, svgText } from '../../src/export/svg.ts';
import { nodeFonts } from './node-fonts.ts';
import { SAMPLE_META, sampleBriefing } from './sample-chart.ts';

let fonts: FontFiles;
beforeAll(async () => {
  fonts = await nodeFonts();
});

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(svg, 'image/svg+xml');
  return { doc, errors };
}

describe('exportSvg(option, size, fonts)', () => {
  it('is well-formed XML with the Chinese title as <text> and the font subset as @font-face', async () => {
    const svg = await exportSvg(sampleBriefing(), { width: 960, height: 600 }, fonts);
    mkdirSync('.tmp/export', { recursive: true });
    writeFileSync('.tmp/export/sample.svg', svg);
    const { doc, errors } = parse(svg);
    expect(errors).toEqual([]);
    expect(doc.documentElement?.nodeName).toBe('svg');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts).toContain(SAMPLE_META.title);
    expect(texts.some((t) => t.includes('示范省 演示市 样例县'))).toBe(true);
    const style = doc.getElementsByTagName('style')[0]?.textContent ?? '';
    expect(style).toMatch(/@font-face\{font-family:"Atlas Noto Sans SC";src:url\(data:font\/ttf;base64,/);
    expect(doc.getElementsByTagName('image').length).toBe(0);
  });

  it('embeds only the glyphs it shows: a few KB per chunk, not megabytes', async () => {
    const svg = await exportSvg(sampleBriefing(), { width: 960, height: 600 }, fonts);
    const style = /<style>(.*?)<\/style>/s.exec(svg)?.[1] ?? '';
    const ranges = new Set(
      [...style.matchAll(/unicode-range:([^;}]+)/g)].flatMap((m) => (m[1] ?? '').split(',')).map((u) => parseInt(u.slice(2), 16)),
    );
    const han = new Set([...svgText(svg)].filter((c) => /\p{Script=Han}/u.test(c)).map((c) => c.codePointAt(0)));
    expect([...han].filter((cp) => !ranges.has(cp as number))).toEqual([]);
    expect(ranges.size).toBeLessThan(han.size + 80);
    expect(style.length).toBeLessThan(han.size * 2_000 + 40_000);
  });

  it('svgText(svg) decodes the entities of every <text>', () => {
    const svg = renderSvg(sampleBriefing({ title: 'A & B <公开率>' }), { width: 600, height: 400 });
    expect(svgText(svg)).toContain('A & B <公开率>');
  });
});
