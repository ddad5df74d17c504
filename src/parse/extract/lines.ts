import type { SourceCell, SourceLine } from '../document.ts';

/** A source line break between two CJK characters is markup wrapping, not a word space (CSS Text 3 segment breaks). */
const CJK_LINE_BREAK = /(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])[ \t\u00a0]*[\r\n]\s*(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])/g;

/** Whitespace runs (incl. NBSP, ideographic space, zero-width and BOM) → one space, trimmed. */
export function collapseSpace(text: string): string {
  const joined = text.includes('\n') || text.includes('\r') ? text.replace(CJK_LINE_BREAK, '') : text;
  return joined.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, ' ').trim();
}

/** Builds lines with text-like positions: pos.line is the 1-based number of the emitted line. */
export class LineSink {
  readonly lines: SourceLine[] = [];

  /** A paragraph: one cell, dropped when blank. */
  paragraph(text: string): void {
    const clean = collapseSpace(text);
    if (clean) this.lines.push({ tableRow: false, cells: [{ text: clean, pos: { line: this.lines.length + 1, offset: 0 } }] });
  }

  /** A table row; offsets are the grid columns where each cell starts. Dropped when every cell is blank. */
  row(cells: { text: string; column: number }[]): void {
    const line = this.lines.length + 1;
    const out: SourceCell[] = cells.map((c) => ({ text: collapseSpace(c.text), pos: { line, offset: c.column } }));
    if (out.some((c) => c.text !== '')) this.lines.push({ tableRow: true, cells: out });
  }
}
