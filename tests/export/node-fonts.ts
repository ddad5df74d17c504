import { readFileSync } from 'node:fs';
import type { FontFiles } from '../../src/export/font.ts';
import { parseFontCss } from '../../src/export/font.ts';
import { createSubsetter } from '../../src/export/subset.ts';

const DIR = 'node_modules/@fontsource/noto-sans-sc';

/** The same bundled font and HarfBuzz wasm the browser fetches, read from node_modules. */
export async function nodeFonts(): Promise<FontFiles> {
  const subset = await createSubsetter(readFileSync('node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm'));
  return {
    chunks: parseFontCss(readFileSync(`${DIR}/400.css`, 'utf8')),
    subset,
    load: async (file) => new Uint8Array(readFileSync(`${DIR}/files/${file}`)),
  };
}
