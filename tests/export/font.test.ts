import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFontCss, planSubsets, unicodeRange } from '../../src/export/font.ts';
import { woffToSfnt } from '../../src/export/woff.ts';
import { nodeFonts } from './node-fonts.ts';

const css = readFileSync('node_modules/@fontsource/noto-sans-sc/400.css', 'utf8');

describe('parseFontCss(css)', () => {
  it('reads every WOFF chunk of the bundled Noto Sans SC with its unicode-range', () => {
    const chunks = parseFontCss(css);
    expect(chunks.length).toBeGreaterThan(90);
    expect(chunks.every((c) => c.file.endsWith('-400-normal.woff') && c.ranges.length > 0)).toBe(true);
  });
});

describe('planSubsets(chunks, text)', () => {
  it('finds a chunk for every character of a Chinese title, the space always included', () => {
    const plan = planSubsets(parseFontCss(css), '政府信息公开\n2023 年度报告');
    const planned = [...plan.values()].flat();
    expect(planned).toHaveLength(new Set('政府信息公开2023年度报告 ').size);
    expect(planned).toContain(0x20);
    expect(planned).not.toContain(0x0a);
  });
});

describe('woffToSfnt(woff) and the HarfBuzz subsetter', () => {
  it('unwraps WOFF 1.0 into a TrueType font and cuts it to the asked glyphs', async () => {
    const fonts = await nodeFonts();
    const [file, codepoints] = [...planSubsets(fonts.chunks, '年')].find(([, cps]) => cps.includes(0x5e74)) ?? ['', []];
    const sfnt = woffToSfnt(await fonts.load(file));
    expect(new DataView(sfnt.buffer).getUint32(0)).toBe(0x00010000);
    const subset = fonts.subset(sfnt, codepoints);
    expect(new DataView(subset.buffer).getUint32(0)).toBe(0x00010000);
    expect(subset.length).toBeLessThan(sfnt.length / 4);
    expect(unicodeRange(codepoints)).toBe('U+5E74');
  });
});
