import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findCjkFont, generateCounty, renderPdf } from '../../src/generate/index.ts';
import { cachedFontkit, widthMemo } from '../../src/generate/pdf-font-cache.ts';

const font = findCjkFont();

describe('widthMemo(font, measure)', () => {
  it('measures each text and size once, and keeps sizes apart', () => {
    const calls: string[] = [];
    const cjk = { bytes: new Uint8Array([1, 2, 3]) };
    const width = widthMemo(cjk, (text, size) => (calls.push(`${size}:${text}`), text.length * size));
    expect([width('本年', 10), width('本年', 10), width('本年', 12)]).toEqual([20, 20, 24]);
    expect(widthMemo(cjk, () => -1)('本年', 12)).toBe(24);
    expect(calls).toEqual(['10:本年', '12:本年']);
  });
});

describe('cachedFontkit(font)', () => {
  it.skipIf(!font)('parses a font file once for every document', () => {
    if (!font) return;
    const a = cachedFontkit(font).create(font.bytes);
    // Compared with === so a failure does not print the whole parsed font.
    expect(cachedFontkit(font).create(font.bytes) === a).toBe(true);
    expect(cachedFontkit(font).create(font.bytes.slice()) === a).toBe(false);
  });

  it.skipIf(!font)('keeps each document its own subset: a PDF is the same bytes before and after another one', async () => {
    if (!font) return;
    const [first, other] = generateCounty().reports;
    if (!first || !other) throw new Error('no reports');
    const sha = async (r: typeof first) => createHash('sha1').update(await renderPdf(r, font)).digest('hex');
    const before = await sha(first);
    const between = await sha(other);
    expect(await sha(first)).toBe(before);
    expect(between).not.toBe(before);
  });
});
