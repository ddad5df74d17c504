// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { drawLater, drawWaiting } from '../../src/charts/draw-queue.ts';

const tasks = (n: number) => new Promise((r) => setTimeout(r, n));

describe('drawLater', () => {
  it('draws waiting charts after the frame, in the order they waited, each with its latest update only', async () => {
    const drawn: string[] = [];
    const [a, b, c] = [{}, {}, {}];
    drawLater(a, () => drawn.push('a1'));
    drawLater(b, () => drawn.push('b1'));
    drawLater(a, () => drawn.push('a2'));
    drawLater(c, () => drawn.push('c1'));
    expect(drawn).toEqual([]);
    await tasks(50);
    expect(drawn).toEqual(['a2', 'b1', 'c1']);
  });

  it('draws a chart at once when it comes into view, and drops the draw of one that is gone', async () => {
    const drawn: string[] = [];
    const [seen, gone, other] = [{}, {}, {}];
    drawLater(seen, () => drawn.push('seen'));
    drawLater(gone, () => drawn.push('gone'));
    drawLater(other, () => drawn.push('other'));
    drawWaiting(seen);
    drawWaiting(gone, false);
    expect(drawn).toEqual(['seen']);
    await tasks(50);
    expect(drawn).toEqual(['seen', 'other']);
  });
});
