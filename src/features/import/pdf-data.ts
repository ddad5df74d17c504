import type { ExtractOptions } from '../../parse/index.ts';

// pdf.js asks for `${cMapUrl}${name}.bcmap` and `${standardFontDataUrl}${file}`; the bundle gives every
// file a hashed name instead, so the worker answers those requests from this map.
const CMAPS = import.meta.glob('/node_modules/pdfjs-dist/cmaps/*.bcmap', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const FONTS = import.meta.glob('/node_modules/pdfjs-dist/standard_fonts/*', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

const CMAP_BASE = 'https://pdfjs.invalid/cmaps/';
const FONT_BASE = 'https://pdfjs.invalid/standard_fonts/';

function bundled(url: string): string | undefined {
  if (url.startsWith(CMAP_BASE)) return CMAPS[`/node_modules/pdfjs-dist/cmaps/${url.slice(CMAP_BASE.length)}`];
  if (url.startsWith(FONT_BASE)) return FONTS[`/node_modules/pdfjs-dist/standard_fonts/${url.slice(FONT_BASE.length)}`];
  return undefined;
}

/** Route pdf.js's data requests in this worker to the bundled files; returns the options that name them. */
export function bundledPdfData(): ExtractOptions {
  const fetchOriginal = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const local = bundled(url);
    return local ? fetchOriginal(new URL(local, self.location.href), init) : fetchOriginal(input, init);
  };
  return { pdf: { cMapUrl: CMAP_BASE, standardFontDataUrl: FONT_BASE } };
}
