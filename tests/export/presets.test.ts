import { describe, expect, it } from 'vitest';
import { IMAGE_PRESETS, imagePreset, pixelSize } from '../../src/export/presets.ts';

describe('IMAGE_PRESETS', () => {
  it('give 1×/2×/3× of the screen size, a 1920×1080 slide and A4 portrait at 150 and 300 dpi', () => {
    expect(Object.fromEntries(IMAGE_PRESETS.map((p) => [p.id, pixelSize(p)]))).toEqual({
      x1: { width: 960, height: 600 },
      x2: { width: 1920, height: 1200 },
      x3: { width: 2880, height: 1800 },
      slide: { width: 1920, height: 1080 },
      'a4-150': { width: 1240, height: 1754 },
      'a4-300': { width: 2480, height: 3508 },
    });
  });

  it('keep A4 at the 1:√2 ratio of the paper', () => {
    const a4 = imagePreset('a4-300');
    expect(a4.height / a4.width).toBeCloseTo(297 / 210, 2);
  });
});
