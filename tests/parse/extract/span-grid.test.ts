import { describe, expect, it } from 'vitest';
import { spanGrid } from '../../../src/parse/extract/span-grid.ts';

const cells = (...spans: [number, number][]) => spans.map(([colspan, rowspan]) => ({ colspan, rowspan }));

describe('spanGrid(rows)', () => {
  it('skips columns covered by rowspans from above and advances by colspan', () => {
    expect(spanGrid([cells([3, 3], [7, 1]), cells([1, 2], [5, 1], [1, 2]), cells([1, 1], [1, 1], [1, 1], [1, 1], [1, 1]), cells([3, 1], [1, 1])])).toEqual([
      [0, 3],
      [3, 4, 9],
      [4, 5, 6, 7, 8],
      [0, 3],
    ]);
  });

  it('treats missing, zero or absurd spans as 1 and caps huge ones', () => {
    expect(spanGrid([cells([Number.NaN, 0], [-2, 1], [1, 1])])).toEqual([[0, 1, 2]]);
  });
});
