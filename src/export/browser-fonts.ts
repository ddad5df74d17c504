import fontCss from '@fontsource/noto-sans-sc/400.css?raw';
import subsetWasm from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import type { FontFiles } from './font.ts';
import { parseFontCss } from './font.ts';
import { createSubsetter } from './subset.ts';

// Every WOFF chunk becomes a hashed asset next to the app; only the chunks an export touches are fetched.
const FILES = import.meta.glob('../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const byName = new Map(Object.entries(FILES).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function start(): Promise<FontFiles> {
  const subset = await createSubsetter(await fetchBytes(subsetWasm));
  const cache = new Map<string, Promise<Uint8Array>>();
  return {
    chunks: parseFontCss(fontCss),
    subset,
    load(file) {
      const url = byName.get(file);
      if (!url) return Promise.reject(new Error(`font chunk ${file} is not bundled`));
      if (!cache.has(file)) cache.set(file, fetchBytes(url));
      return cache.get(file) as Promise<Uint8Array>;
    },
  };
}

let fonts: Promise<FontFiles> | undefined;

/** The bundled Noto Sans SC and HarfBuzz, loaded once on the first export. */
export function browserFonts(): Promise<FontFiles> {
  fonts ??= start();
  return fonts;
}
