import type { PDFFont, PDFPage } from 'pdf-lib';
import { PDFDocument, rgb } from 'pdf-lib';
import type { ReportRecord } from '../domain/index.ts';
import type { CjkFont } from './cjk-font.ts';
import { cachedFontkit, widthMemo } from './pdf-font-cache.ts';
import type { LayoutCell, LayoutTable } from './layout.ts';
import { reportLayout } from './layout.ts';

const A4 = [595.28, 841.89] as const;
const MARGIN = 50;
const WIDTH = A4[0] - 2 * MARGIN;
const TABLE_SIZE = 7.5;
const TABLE_LEADING = 9.5;
const BLACK = rgb(0, 0, 0);

interface Placed {
  cell: LayoutCell;
  row: number;
  col: number;
}

/** Place cells on the grid as HTML does: each cell takes the next column its row's spans left free. */
function place(t: LayoutTable): Placed[] {
  const taken = new Set<string>();
  const placed: Placed[] = [];
  t.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken.has(`${r},${c}`)) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) taken.add(`${r + dr},${c + dc}`);
      placed.push({ cell, row: r, col: c });
      c += cell.colSpan;
    }
  });
  return placed;
}

type Measure = (text: string, size: number) => number;

/** Greedy wrap: each line is the longest prefix that fits (width grows with length, so a binary search finds it). */
function wrap(width: Measure, text: string, size: number, max: number): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let lo = start + 1;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (width(chars.slice(start, mid).join(''), size) > max) hi = mid - 1;
      else lo = mid;
    }
    lines.push(chars.slice(start, lo).join(''));
    start = lo;
  }
  return lines;
}

class Writer {
  page: PDFPage;
  y = A4[1] - MARGIN;
  pageNo = 1;
  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly width: Measure,
  ) {
    this.page = doc.addPage([...A4]);
  }
  newPage(): void {
    const label = `- ${this.pageNo} -`;
    this.page.drawText(label, { x: (A4[0] - this.width(label, 9)) / 2, y: 30, size: 9, font: this.font });
    this.page = this.doc.addPage([...A4]);
    this.pageNo += 1;
    this.y = A4[1] - MARGIN;
  }
  ensure(height: number): boolean {
    if (this.y - height >= MARGIN) return false;
    this.newPage();
    return true;
  }
  text(text: string, size: number, opts: { center?: boolean; indent?: number } = {}): void {
    const indent = opts.indent ?? 0;
    for (const [i, line] of wrap(this.width, text, size, WIDTH - (opts.center ? 0 : indent)).entries()) {
      this.ensure(size * 1.6);
      const w = this.width(line, size);
      const x = opts.center ? MARGIN + (WIDTH - w) / 2 : MARGIN + (i === 0 ? indent : 0);
      this.page.drawText(line, { x, y: this.y - size, size, font: this.font });
      this.y -= size * 1.6;
    }
  }
  line(x1: number, y1: number, x2: number, y2: number): void {
    this.page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.5, color: BLACK });
  }
}

function cellLines(w: Writer, p: Placed, width: number): { lines: string[]; size: number } {
  // A number is never wrapped (a parser would read two numbers): it shrinks to fit instead.
  if (p.cell.key !== undefined) {
    const size = Math.min(TABLE_SIZE, ((width - 4) / Math.max(1, w.width(p.cell.text, TABLE_SIZE))) * TABLE_SIZE);
    return { lines: p.cell.text ? [p.cell.text] : [], size };
  }
  return { lines: wrap(w.width, p.cell.text, TABLE_SIZE, width - 4), size: TABLE_SIZE };
}

function drawTable(w: Writer, t: LayoutTable): void {
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const xs = t.widths.reduce<number[]>((acc, cw) => [...acc, (acc.at(-1) ?? MARGIN) + (cw / sum) * WIDTH], [MARGIN]);
  const placed = place(t);
  const widthOf = (p: Placed): number => (xs[p.col + p.cell.colSpan] ?? 0) - (xs[p.col] ?? 0);
  const heights = t.rows.map(() => 14);
  for (const p of placed) {
    const need = cellLines(w, p, widthOf(p)).lines.length * TABLE_LEADING + 5;
    const last = p.row + p.cell.rowSpan - 1;
    const have = heights.slice(p.row, last + 1).reduce((a, b) => a + b, 0);
    if (need > have) heights[last] = (heights[last] ?? 0) + need - have;
  }
  let firstOnPage = 0;
  heights.forEach((h, r) => {
    if (w.ensure(h)) firstOnPage = r;
    for (const p of placed.filter((q) => q.row <= r && r < q.row + q.cell.rowSpan)) {
      const x = xs[p.col] ?? MARGIN;
      const cw = widthOf(p);
      w.line(x, w.y, x, w.y - h);
      w.line(x + cw, w.y, x + cw, w.y - h);
      if (r === p.row || r === firstOnPage) w.line(x, w.y, x + cw, w.y);
      if (r === p.row + p.cell.rowSpan - 1) w.line(x, w.y - h, x + cw, w.y - h);
      // A merged label is printed again at the top of a new page, as real PDFs do.
      if (r !== p.row && r !== firstOnPage) continue;
      const { lines, size } = cellLines(w, p, cw);
      const block = lines.length * TABLE_LEADING;
      let y = w.y - (p.cell.rowSpan === 1 ? (h - block) / 2 : 3) - size;
      for (const line of lines) {
        w.page.drawText(line, { x: x + (cw - w.width(line, size)) / 2, y, size, font: w.font });
        y -= TABLE_LEADING;
      }
    }
    w.y -= h;
  });
  w.y -= 10;
}

/** A real PDF of the report (A4, tables with borders and merged cells), in the CJK font given. */
export async function renderPdf(r: ReportRecord, cjk: CjkFont): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(cachedFontkit(cjk));
  const font = await doc.embedFont(cjk.bytes, { subset: true });
  const date = new Date(`${r.publishDate ?? `${r.year + 1}-01-31`}T09:00:00Z`);
  doc.setTitle(r.title);
  doc.setProducer('Disclosure Atlas demo generator');
  doc.setCreator('Disclosure Atlas demo generator');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const w = new Writer(doc, font, widthMemo(cjk, (text, size) => font.widthOfTextAtSize(text, size)));
  for (const b of reportLayout(r)) {
    if (b.kind === 'title') w.text(b.text, 16, { center: true });
    else if (b.kind === 'heading') w.text(b.text, 12);
    else if (b.kind === 'para') w.text(b.text, 10.5, { indent: 21 });
    else drawTable(w, b.table);
  }
  w.newPage();
  doc.removePage(doc.getPageCount() - 1);
  return doc.save();
}
