import type { SourceCell, SourceLine } from '../document.ts';

type Box = [number, number, number, number];

/** A column of a table, as the x range its cells cover. */
interface Span {
  lo: number;
  hi: number;
}

/** Consecutive table rows with values, and the header cells (table rows without values) just above them. */
interface Block {
  rows: number[];
  header: Box[];
  values: Span;
}

/** A cell that holds one value: a number (full-width digits, separators, unit) or a dash, slash, 无, 空. */
const VALUE = /^(?:[+\-－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?\s*(?:万元|元)?|[-—–－─―‐/\\／]+|无|空)$/;
const PAGE_NUMBER = /^(?:[-—–－]\s*)?\d{1,3}(?:\s*[-—–－])?$|^第\s*\d{1,3}\s*页/;
/** Points by which two boxes may miss each other and still count as overlapping. */
const TOUCH = 0.5;
/** A one-cell line longer than this is a heading or a paragraph, not a wrapped piece of a header. */
const HEADER_FRAGMENT = 6;

const boxOf = (c: SourceCell): Box | undefined => ('box' in c.pos ? c.pos.box : undefined);
const isValue = (c: SourceCell): boolean => VALUE.test(c.text);
const overlaps = (lo: number, hi: number, s: Span): boolean => lo <= s.hi + TOUCH && hi >= s.lo - TOUCH;
const centre = (s: Span): number => (s.lo + s.hi) / 2;

/** Boxes merged into spans where their x ranges overlap, left to right. */
function spansOf(boxes: Box[]): Span[] {
  const spans: Span[] = [];
  for (const [lo, , hi] of [...boxes].sort((a, b) => a[0] - b[0])) {
    const last = spans[spans.length - 1];
    if (last && lo <= last.hi + TOUCH) last.hi = Math.max(last.hi, hi);
    else spans.push({ lo, hi });
  }
  return spans;
}

function blocksOf(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let header: Box[] = [];
  let block: Block | undefined;
  for (const [i, line] of lines.entries()) {
    const boxes = line.cells.map(boxOf).filter((b): b is Box => b !== undefined);
    if (boxes.length < line.cells.length) continue;
    const values = line.cells.filter(isValue).map((c) => boxOf(c) as Box);
    if (line.tableRow && values.length > 0) {
      block ??= { rows: [], header, values: { lo: Infinity, hi: -Infinity } };
      block.rows.push(i);
      for (const [lo, , hi] of values) block.values = { lo: Math.min(block.values.lo, lo), hi: Math.max(block.values.hi, hi) };
      header = [];
      continue;
    }
    const text = line.cells[0]?.text ?? '';
    if (line.cells.length === 1 && PAGE_NUMBER.test(text)) continue;
    // Header cells are the table rows since the last row with values; a heading or caption starts them afresh.
    if (line.tableRow) header = [...header, ...boxes];
    else if (text.length > HEADER_FRAGMENT) header = [];
    // Wrapped labels beside the numbers continue the table; a heading or a new header over the numbers ends it.
    const span = block?.values;
    if (block && span && boxes.some(([lo, , hi]) => overlaps(lo, hi, span))) {
      blocks.push(block);
      block = undefined;
    }
  }
  if (block) blocks.push(block);
  return blocks;
}

/** Right edge of a row's label: its cells left of its first value. */
function labelEdge(line: SourceLine): number | undefined {
  const boxes = line.cells.map((c) => boxOf(c) as Box);
  const firstValue = Math.min(...line.cells.flatMap((c, i) => (isValue(c) ? [boxes[i]?.[0] ?? Infinity] : [])));
  const label = line.cells.flatMap((c, i) => (!isValue(c) && (boxes[i]?.[2] ?? Infinity) <= firstValue + TOUCH ? [boxes[i]?.[2] ?? 0] : []));
  return label.length > 0 ? Math.max(...label) : undefined;
}

/**
 * The columns of a block: spans of its values, header spans where no value is, and value spans a header names alone.
 * Not regular when two value spans are much closer than the others: values then do not sit in columns.
 */
function columnsOf(lines: SourceLine[], block: Block): { cols: Span[]; free: Span[]; named: Set<Span>; regular: boolean } {
  const cols = spansOf(block.rows.flatMap((i) => (lines[i]?.cells ?? []).filter(isValue).map((c) => boxOf(c) as Box)));
  const gaps = cols.slice(1).map((c, k) => centre(c) - centre(cols[k] ?? c));
  const pitch = gaps.length > 0 ? Math.min(...gaps) : undefined;
  const typical = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  // A header over several columns, or one between two columns (text over a rule), is no column of its own.
  const narrow = ([lo, , hi]: Box): boolean => pitch === undefined || hi - lo <= 1.5 * pitch;
  const unclaimed = block.header.filter((b) => narrow(b) && !cols.some((c) => overlaps(b[0], b[2], c)));
  const free = spansOf(unclaimed).filter((h) => pitch === undefined || (h.hi - h.lo <= 1.5 * pitch && cols.every((c) => Math.abs(centre(c) - centre(h)) >= 0.75 * pitch)));
  const named = new Set(cols.filter((c) => block.header.some(([lo, , hi]) => overlaps(lo, hi, c) && cols.filter((o) => overlaps(lo, hi, o)).length === 1)));
  return { cols, free, named, regular: pitch === undefined || pitch >= 0.5 * typical };
}

/** The row with a '' cell in each column of the block it has no text in; unchanged when its values do not sit one per column. */
function fillRow(line: SourceLine, columns: ReturnType<typeof columnsOf>, blockLabelEdge: number): SourceLine {
  const { cols, free, named } = columns;
  const boxes = line.cells.map((c) => boxOf(c) as Box);
  const values = boxes.filter((_, i) => line.cells[i] && isValue(line.cells[i]));
  const at = values.map(([lo, , hi]) => cols.findIndex((c) => overlaps(lo, hi, c)));
  if (at.some((k) => k < 0) || new Set(at).size !== at.length) return line;
  const first = Math.min(...values.map(([lo, , hi]) => (lo + hi) / 2));
  const last = Math.max(...values.map(([lo, , hi]) => (lo + hi) / 2));
  const edge = labelEdge(line) ?? blockLabelEdge;
  const clear = (s: Span): boolean => s.lo > edge && !boxes.some(([lo, , hi]) => overlaps(lo, hi, s));
  const inside = (s: Span): boolean => centre(s) > first && centre(s) < last;
  const blanks = [
    ...cols.filter((c, k) => !at.includes(k) && clear(c) && (inside(c) || named.has(c))),
    ...free.filter(clear),
  ];
  if (blanks.length === 0) return line;
  const page = 'page' in (line.cells[0]?.pos ?? {}) ? (line.cells[0]?.pos as { page: number }).page : 1;
  const top = Math.min(...boxes.map((b) => b[1]));
  const bottom = Math.max(...boxes.map((b) => b[3]));
  const added: SourceCell[] = blanks.map((s) => ({ text: '', pos: { page, box: [s.lo, top, s.hi, bottom] } }));
  const cells = [...line.cells, ...added].sort((a, b) => (boxOf(a)?.[0] ?? 0) - (boxOf(b)?.[0] ?? 0));
  return { ...line, cells };
}

/**
 * Table rows of a PDF with a '' cell where a column has no text: columns come from the x ranges of the
 * values of neighbouring rows and from the header cells above them, so a blank cell stays in its column.
 */
export function fillBlankCells(lines: SourceLine[]): SourceLine[] {
  const out = [...lines];
  for (const block of blocksOf(lines)) {
    const columns = columnsOf(lines, block);
    if (!columns.regular) continue;
    const edges = block.rows.map((i) => (lines[i] ? labelEdge(lines[i]) : undefined)).filter((e): e is number => e !== undefined);
    const blockEdge = edges.length > 0 ? Math.max(...edges) : -Infinity;
    for (const i of block.rows) {
      const line = lines[i];
      if (line) out[i] = fillRow(line, columns, blockEdge);
    }
  }
  return out;
}
