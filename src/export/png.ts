import type { EChartsOption } from 'echarts';
import { echarts } from '../charts/index.ts';
import type { FontChunk, FontFiles } from './font.ts';
import { EXPORT_FONT_FAMILY } from './font-family.ts';
import { planSubsets } from './font.ts';
import type { ImagePreset } from './presets.ts';
import { renderSvg, svgText } from './svg.ts';

const loaded = new Map<string, Promise<void>>();

const rangeOf = (chunk: FontChunk) =>
  chunk.ranges.map(([lo, hi]) => (lo === hi ? `U+${lo.toString(16)}` : `U+${lo.toString(16)}-${hi.toString(16)}`)).join(',');

/**
 * Put the bundled font's chunks that `text` needs into document.fonts (FontFace API; the browser reads
 * WOFF itself, so no subsetting here) and wait for them, so canvas text never falls back to boxes.
 */
async function loadChunks(fonts: FontFiles, text: string): Promise<void> {
  const files = [...planSubsets(fonts.chunks, text).keys()];
  await Promise.all(
    files.map((file) => {
      if (!loaded.has(file)) {
        const chunk = fonts.chunks.find((c) => c.file === file) as FontChunk;
        const ready = fonts.load(file).then(async (bytes) => {
          const face = new FontFace(EXPORT_FONT_FAMILY, bytes as Uint8Array<ArrayBuffer>, { unicodeRange: rangeOf(chunk) });
          document.fonts.add(await face.load());
        });
        loaded.set(file, ready);
      }
      return loaded.get(file);
    }),
  );
}

/** PNG export: the same option drawn on an offscreen canvas instance at the preset's size and pixel ratio. */
export async function exportPng(option: EChartsOption, preset: ImagePreset, fonts: FontFiles): Promise<Blob> {
  await loadChunks(fonts, svgText(renderSvg(option, preset)));
  const chart = echarts.init(document.createElement('div'), null, {
    renderer: 'canvas',
    width: preset.width,
    height: preset.height,
    devicePixelRatio: preset.pixelRatio,
  });
  try {
    chart.setOption({ ...option, animation: false });
    // renderToCanvas is what getDataURL draws from; toBlob skips the base64 round trip of a data URL.
    const canvas = chart.renderToCanvas({ pixelRatio: preset.pixelRatio, backgroundColor: '#ffffff' });
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    chart.dispose();
  }
}
