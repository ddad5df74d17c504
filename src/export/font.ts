import { EXPORT_FONT_FAMILY } from './font-family.ts';
import type { Subsetter } from './subset.ts';
import { woffToSfnt } from './woff.ts';

/** One file of the bundled font (@fontsource/noto-sans-sc splits it by unicode-range) and what it covers. */
export interface FontChunk {
  file: string;
  ranges: readonly (readonly [number, number])[];
}

/** Where the bundled font comes from: its chunk map, a reader for a chunk's WOFF bytes, and HarfBuzz. */
export interface FontFiles {
  chunks: readonly FontChunk[];
  load(file: string): Promise<Uint8Array>;
  subset: Subsetter;
}

/** A subset of one chunk: sfnt bytes and the code points it carries (its unicode-range). */
export interface FontSubset {
  sfnt: Uint8Array;
  codepoints: readonly number[];
}

/** Chunk map from a fontsource CSS file: each @font-face's WOFF file and unicode-range. */
export function parseFontCss(css: string): FontChunk[] {
  const chunks: FontChunk[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part) => {
      const [lo = '0', hi] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(lo, 16), parseInt(hi ?? lo, 16)] as const;
    });
    chunks.push({ file, ranges });
  }
  return chunks;
}

/**
 * Which chunk holds each code point of `text` (controls left out). The space is always kept: CSS takes a
 * line's metrics from the first face that covers U+0020, so with it our font sets the baseline everywhere.
 */
export function planSubsets(chunks: readonly FontChunk[], text: string): Map<string, number[]> {
  const plan = new Map<string, number[]>();
  const wanted = new Set([0x20, ...[...text].map((c) => c.codePointAt(0) ?? 0).filter((cp) => cp > 0x20)]);
  for (const cp of [...wanted].sort((a, b) => a - b)) {
    const chunk = chunks.find((c) => c.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
    if (!chunk) continue;
    plan.set(chunk.file, [...(plan.get(chunk.file) ?? []), cp]);
  }
  return plan;
}

const unwrapped = new WeakMap<FontFiles, Map<string, Promise<Uint8Array>>>();

/** A chunk as sfnt, unwrapped once per font source (a batch touches the same chunks again and again). */
function sfntOf(fonts: FontFiles, file: string): Promise<Uint8Array> {
  const cache = unwrapped.get(fonts) ?? new Map<string, Promise<Uint8Array>>();
  unwrapped.set(fonts, cache);
  if (!cache.has(file)) cache.set(file, fonts.load(file).then(woffToSfnt));
  return cache.get(file) as Promise<Uint8Array>;
}

/** The bundled font cut down to the glyphs of `text`, one subset per chunk touched. */
export async function subsetFor(fonts: FontFiles, text: string): Promise<FontSubset[]> {
  const plan = planSubsets(fonts.chunks, text);
  return Promise.all(
    [...plan].map(async ([file, codepoints]) => ({ sfnt: fonts.subset(await sfntOf(fonts, file), codepoints), codepoints })),
  );
}

/** CSS unicode-range for exact code points, e.g. "U+5E74,U+6570". */
export function unicodeRange(codepoints: readonly number[]): string {
  return codepoints.map((cp) => `U+${cp.toString(16).toUpperCase()}`).join(',');
}

export function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** @font-face rules with the subsets inlined as data: URLs, so the SVG renders the same anywhere. */
export function fontFaceCss(subsets: readonly FontSubset[]): string {
  return subsets
    .map(
      (s) =>
        `@font-face{font-family:"${EXPORT_FONT_FAMILY}";src:url(data:font/ttf;base64,${base64(s.sfnt)}) format("truetype");` +
        `unicode-range:${unicodeRange(s.codepoints)};}`,
    )
    .join('');
}
