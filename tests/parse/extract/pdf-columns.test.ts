import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../src/parse/document.ts';
import { fillBlankCells } from '../../../src/parse/extract/pdf-columns.ts';

/** A cell centred at x, as a PDF table draws it: 5 pt per character. */
const cell = (text: string, x: number, y: number) => ({ text, pos: { page: 1, box: [x - text.length * 2.5, y - 8, x + text.length * 2.5, y + 2] as [number, number, number, number] } });
/** A line of cells centred at the given x positions; null leaves a column empty. */
const line = (y: number, ...cells: [string | null, number][]): SourceLine => ({
  tableRow: cells.filter(([t]) => t !== null).length > 1,
  cells: cells.flatMap(([t, x]) => (t === null ? [] : [cell(t, x, y)])),
});
const texts = (lines: SourceLine[]): string[][] => lines.map((l) => l.cells.map((c) => c.text));
const COLS = [240, 360, 480];

describe('fillBlankCells(lines)', () => {
  it('puts a blank cell in the column a row leaves empty, from the columns of the rows around it', () => {
    const lines = [
      line(100, ['信息内容', 115], ['本年制发件数', 240], ['本年废止件数', 360], ['现行有效件数', 480]),
      line(115, ['规章', 115], ['3', 240], [null, 360], ['5', 480]),
      line(130, ['行政规范性文件', 115], ['1', 240], ['0', 360], ['15', 480]),
    ];
    expect(texts(fillBlankCells(lines))).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '3', '', '5'],
      ['行政规范性文件', '1', '0', '15'],
    ]);
  });

  it('boxes a blank cell in its column, on its row', () => {
    const lines = [line(115, ['规章', 115], ['3', 240], [null, 360], ['5', 480]), line(130, ['文件', 115], ['1', 240], ['0', 360], ['15', 480])];
    expect(fillBlankCells(lines)[0]?.cells[2]?.pos).toEqual({ page: 1, box: [357.5, 107, 362.5, 117] });
  });

  it('adds a leading or trailing blank only in a column a header names', () => {
    const header = line(100, ['自然人', 240], ['商业企业', 360], ['总计', 480]);
    const rows = [line(115, ['本年新收', 115], ['2', 240], ['1', 360], ['3', 480]), line(130, ['予以公开', 115], ['2', 240], ['1', 360], [null, 480])];
    expect(texts(fillBlankCells([header, ...rows])).at(-1)).toEqual(['予以公开', '2', '1', '']);
    expect(texts(fillBlankCells(rows)).at(-1)).toEqual(['予以公开', '2', '1']);
  });

  it('reads the columns of a lone row from the header cells above it (section 四)', () => {
    const header = line(100, ...COLS.map((x): [string, number] => ['维持', x]), ['总计', 600]);
    const row = line(115, ['0', 240], [null, 360], ['2', 480], ['2', 600]);
    expect(texts(fillBlankCells([header, row])).at(-1)).toEqual(['0', '', '2', '2']);
  });

  it('does not take a header spanning two columns for a column between them', () => {
    const header = line(100, ['复议', 300], ['诉讼', 420]);
    const rows = [line(115, ['a', 40], ['1', 240], ['2', 360], ['3', 480]), line(130, ['b', 40], ['4', 240], ['5', 360], ['6', 480])];
    expect(texts(fillBlankCells([header, ...rows]))).toEqual(texts([header, ...rows]));
  });

  it('gives a row whose label wrapped onto another line no blank in the label column', () => {
    const header = line(100, ['信息内容', 115], ['本年制发件数', 240], ['本年废止件数', 360], ['现行有效件数', 480]);
    const rows = [line(115, ['规章', 115], ['3', 240], ['0', 360], ['5', 480]), line(130, [null, 115], ['1', 240], ['0', 360], [null, 480])];
    expect(texts(fillBlankCells([header, ...rows])).at(-1)).toEqual(['1', '0', '']);
  });

  it('leaves a row alone when two of its values fall in one column', () => {
    const rows = [line(115, ['a', 40], ['1', 240], ['2', 360]), line(130, ['b', 40], ['10', 238], ['3', 242], [null, 360])];
    expect(texts(fillBlankCells(rows))).toEqual(texts(rows));
  });

  it('leaves a table alone when its values do not sit in evenly spaced columns', () => {
    const rows = [line(115, ['a', 40], ['1', 240], [null, 300], ['2', 360]), line(130, ['b', 40], ['12', 236], ['3', 252], ['4', 360])];
    expect(texts(fillBlankCells(rows))).toEqual(texts(rows));
  });

  it('starts a new table at a heading over the numbers: its columns do not leak into the next table', () => {
    const t2 = [line(100, ['规章', 115], ['3', 240], ['0', 360], ['5', 480])];
    const heading: SourceLine = { tableRow: false, cells: [cell('三、收到和处理政府信息公开申请情况', 200, 90)] };
    const t3 = [line(130, ['本年新收', 115], ['2', 300]), line(145, ['予以公开', 115], ['2', 300])];
    expect(texts(fillBlankCells([...t2, heading, ...t3]))).toEqual(texts([...t2, heading, ...t3]));
  });

  it('leaves text documents (positions without boxes) unchanged', () => {
    const lines: SourceLine[] = [{ tableRow: true, cells: [{ text: '规章', pos: { line: 1, offset: 0 } }, { text: '3', pos: { line: 1, offset: 5 } }] }];
    expect(fillBlankCells(lines)).toEqual(lines);
  });
});
