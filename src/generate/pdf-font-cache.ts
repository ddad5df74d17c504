import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import type { CjkFont } from './cjk-font.ts';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<Fontkit['create']>;

// Parsing a 20 MB CJK collection and shaping text with it dominate PDF generation, so both are kept
// per font file across documents. pdf-lib takes a subset of the shared font per document, so output is unchanged.
const parsed = new WeakMap<Uint8Array, Map<string, FontkitFont>>();
const MEMO_LIMIT = 200_000;
const widths = new WeakMap<Uint8Array, Map<string, number>>();

function perFile<T>(cache: WeakMap<Uint8Array, T>, bytes: Uint8Array, empty: () => T): T {
  let hit = cache.get(bytes);
  if (!hit) cache.set(bytes, (hit = empty()));
  return hit;
}

/** A fontkit for pdf-lib's registerFontkit that parses the font's bytes once and then hands back the same font. */
export function cachedFontkit(cjk: CjkFont): Fontkit {
  return {
    create: (bytes: Uint8Array) => {
      const fonts = perFile(parsed, bytes, () => new Map<string, FontkitFont>());
      const name = cjk.postscriptName ?? '';
      let font = fonts.get(name);
      if (!font) fonts.set(name, (font = fontkit.create(bytes, cjk.postscriptName)));
      return font;
    },
  };
}

/** Text width at a size, remembered per font file: pdf-lib shapes the whole string on every call. */
export function widthMemo(cjk: CjkFont, measure: (text: string, size: number) => number): (text: string, size: number) => number {
  const known = perFile(widths, cjk.bytes, () => new Map<string, number>());
  return (text, size) => {
    const key = `${cjk.postscriptName ?? ''}\u0000${size}\u0000${text}`;
    let w = known.get(key);
    if (w === undefined) {
      if (known.size > MEMO_LIMIT) known.clear();
      known.set(key, (w = measure(text, size)));
    }
    return w;
  };
}
