import type { SourceCell, SourceLine } from '../document.ts';
import { collapseSpace } from './lines.ts';

/** A text run placed on the page: x from the left, y the baseline from the top, in PDF points. */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Runs whose baselines differ by less than this share a line (em of the smaller run). */
const SAME_LINE_EM = 0.5;
/** A horizontal gap wider than this separates two cells (em of the larger run). */
const CELL_GAP_EM = 1.0;
/** A narrower gap still worth a space between Latin letters or digits (em). */
const WORD_GAP_EM = 0.2;

const round = (n: number): number => Math.round(n * 10) / 10;

function toCell(runs: PdfTextRun[], page: number): SourceCell {
  let text = '';
  runs.forEach((run, i) => {
    const prev = runs[i - 1];
    const gap = prev ? run.x - (prev.x + prev.width) : 0;
    const latin = /[\x21-\x7e]$/.test(text) && /^[\x21-\x7e]/.test(run.text);
    text += prev && gap > WORD_GAP_EM * run.size && latin ? ` ${run.text}` : run.text;
  });
  const x0 = Math.min(...runs.map((r) => r.x));
  const x1 = Math.max(...runs.map((r) => r.x + r.width));
  const y0 = Math.min(...runs.map((r) => r.y - r.size));
  const y1 = Math.max(...runs.map((r) => r.y + 0.2 * r.size));
  return { text: collapseSpace(text), pos: { page, box: [round(x0), round(y0), round(x1), round(y1)] } };
}

function splitCells(line: PdfTextRun[]): PdfTextRun[][] {
  const cells: PdfTextRun[][] = [];
  let prev: PdfTextRun | undefined;
  for (const run of [...line].sort((a, b) => a.x - b.x)) {
    const gap = prev ? run.x - (prev.x + prev.width) : 0;
    const last = cells[cells.length - 1];
    if (!prev || !last || gap > CELL_GAP_EM * Math.max(run.size, prev.size)) cells.push([run]);
    else last.push(run);
    prev = run;
  }
  return cells;
}

/**
 * Rebuilds a page's lines from its text runs: runs are clustered by baseline (top to bottom), sorted by x,
 * and split into cells at wide gaps. A line of two or more cells is marked tableRow.
 */
export function pdfPageLines(runs: PdfTextRun[], page: number): SourceLine[] {
  const visible = runs.filter((r) => r.text.trim() !== '' && Number.isFinite(r.x) && Number.isFinite(r.y));
  visible.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { y: number; size: number; runs: PdfTextRun[] }[] = [];
  for (const run of visible) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(run.y - group.y) < SAME_LINE_EM * Math.min(run.size, group.size)) group.runs.push(run);
    else groups.push({ y: run.y, size: Math.max(run.size, 1), runs: [run] });
  }
  return groups.map((g) => {
    const cells = splitCells(g.runs).map((c) => toCell(c, page));
    return { tableRow: cells.length > 1, cells };
  });
}
