import { describe, expect, it } from 'vitest';
import { pdfPageLines } from '../../../src/parse/extract/pdf-lines.ts';
import type { PdfTextRun } from '../../../src/parse/extract/pdf-lines.ts';

const run = (text: string, x: number, y: number, size = 10): PdfTextRun => ({ text, x, y, width: text.length * size * 0.6, size });
const texts = (runs: PdfTextRun[]): string[][] => pdfPageLines(runs, 1).map((l) => l.cells.map((c) => c.text));

describe('pdfPageLines(runs, page)', () => {
  it('puts runs whose baselines differ by less than half an em on one line, sorted by x', () => {
    expect(texts([run('3', 300, 101.5), run('二、上年结转', 40, 100), run('0', 340, 99)])).toEqual([['二、上年结转', '3', '0']]);
  });

  it('orders lines top to bottom and starts a new line a full line height down', () => {
    expect(texts([run('b', 40, 112), run('a', 40, 100), run('c', 40, 124)])).toEqual([['a'], ['b'], ['c']]);
  });

  it('splits cells at gaps wider than one em, and marks multi-cell lines as tableRow', () => {
    const lines = pdfPageLines([run('行政许可', 40, 100), run('12', 120, 100), run('-3', 200, 100)], 1);
    expect(lines).toMatchObject([{ tableRow: true, cells: [{ text: '行政许可' }, { text: '12' }, { text: '-3' }] }]);
  });

  it('joins close runs into one cell: a space between Latin words, none between Chinese characters', () => {
    expect(texts([run('Row', 40, 100), run('one', 40 + 18 + 3, 100), run('本年新', 200, 100), run('制作数量', 200 + 18 + 3, 100)])).toEqual([
      ['Row one', '本年新制作数量'],
    ]);
  });

  it('keeps a vertically printed header one character per line, and drops whitespace-only runs', () => {
    expect(texts([run('维', 300, 100), run('持', 300, 112), run(' ', 320, 112), run('- 2 -', 280, 800)])).toEqual([['维'], ['持'], ['- 2 -']]);
  });

  it('boxes a cell from its runs: [x0, top of the glyphs, x1, baseline plus descent]', () => {
    const [line] = pdfPageLines([run('12', 100, 50, 10)], 3);
    expect(line?.cells[0]?.pos).toEqual({ page: 3, box: [100, 40, 112, 52] });
  });
});
