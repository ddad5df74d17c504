/** An image size: layout in CSS pixels, multiplied by pixelRatio for the PNG. */
export interface ImagePreset {
  id: string;
  width: number;
  height: number;
  pixelRatio: number;
}

/** Screen size of an exported chart, before scaling. */
export const BASE_SIZE = { width: 960, height: 600 } as const;

/**
 * PNG sizes: the screen chart at 1×/2×/3×, a 16:9 slide at 1920×1080, and A4 portrait (210×297 mm) at
 * 150 and 300 dpi. Layouts stay near screen size so text keeps a readable size; the ratio adds pixels.
 */
export const IMAGE_PRESETS = [
  { id: 'x1', ...BASE_SIZE, pixelRatio: 1 },
  { id: 'x2', ...BASE_SIZE, pixelRatio: 2 },
  { id: 'x3', ...BASE_SIZE, pixelRatio: 3 },
  { id: 'slide', width: 960, height: 540, pixelRatio: 2 },
  { id: 'a4-150', width: 620, height: 877, pixelRatio: 2 },
  { id: 'a4-300', width: 620, height: 877, pixelRatio: 4 },
] as const satisfies readonly ImagePreset[];

export type ImagePresetId = (typeof IMAGE_PRESETS)[number]['id'];

/** Pixel size of the PNG a preset gives (A4 at 150 dpi is 1240×1754, at 300 dpi 2480×3508). */
export function pixelSize(p: ImagePreset): { width: number; height: number } {
  return { width: Math.round(p.width * p.pixelRatio), height: Math.round(p.height * p.pixelRatio) };
}

export function imagePreset(id: ImagePresetId): ImagePreset {
  return IMAGE_PRESETS.find((p) => p.id === id) ?? IMAGE_PRESETS[0];
}
