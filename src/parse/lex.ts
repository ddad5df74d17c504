import type { SourcePosition } from '../domain/index.ts';
import type { SourceCell, SourceDocument } from './document.ts';
import { normalize } from './normalize.ts';
import { rules } from './rules.ts';
import type { Token, TokenKind } from './types.ts';

const DIGIT = /\d/;
const SPACE = /\s/;
const SIGN = /^[+-]\d/;
/** A number followed by a measure word or date unit is prose (`12件`, `2021年`), never a table cell. */
const PROSE_UNIT = /[件条个项次份人宗家批期篇名年月日号%]/;
/** Dashes glued between digits (`25—3`) stand for a cell, like a whole-cell `—`. */
const DASHES = /^[-—–─―/\\]+$/;

function at(pos: SourcePosition, delta: number): SourcePosition {
  return 'line' in pos ? { line: pos.line, offset: pos.offset + delta } : pos;
}

/** Split a text run at heading numerals (`…建设。二、主动公开…`) so sections can start mid-line. */
function splitHeadings(text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(rules.headingNumeral)) if (m.index > 0) cuts.push(m.index);
  return cuts;
}

/** One cell being lexed: its normalised text and where each character came from. */
interface CellLexer {
  c: SourceCell;
  t: string;
  map: number[];
  cell: number;
  out: Token[];
}

function push(x: CellLexer, kind: TokenKind, from: number, to: number, text = x.t.slice(from, to)): void {
  const { c, t, map } = x;
  const rawFrom = map[from] ?? 0;
  const rawTo = to < map.length ? (map[to] ?? c.text.length) : c.text.length;
  const token: Token = { kind, text, raw: c.text.slice(rawFrom, rawTo), pos: at(c.pos, rawFrom), cell: x.cell };
  if (kind === 'num' && ((from > 0 && !SPACE.test(t[from - 1] ?? ' ')) || (to < t.length && !SPACE.test(t[to] ?? ' ')))) {
    token.glued = true;
  }
  x.out.push(token);
}

function pushText(x: CellLexer, from: number, end: number): void {
  let start = from;
  for (const cut of splitHeadings(x.t.slice(from, end))) {
    push(x, 'text', start, from + cut);
    start = from + cut;
  }
  push(x, 'text', start, end);
}

function lexCell(c: SourceCell, cellIndex: number, out: Token[]): void {
  const { text: t, map } = normalize(c.text);
  const trimmed = t.trim();
  if (trimmed === '') {
    out.push({ kind: 'blank', text: '', raw: c.text, pos: c.pos, cell: cellIndex });
    return;
  }
  if (rules.pageNumber.test(trimmed)) return;
  const x: CellLexer = { c, t, map, cell: cellIndex, out };
  let i = 0;
  let wordStart = true;
  while (i < t.length) {
    const ch = t[i] ?? '';
    if (SPACE.test(ch)) {
      i++;
      wordStart = true;
      continue;
    }
    if (wordStart) {
      let end = i;
      while (end < t.length && !SPACE.test(t[end] ?? ' ')) end++;
      if (rules.nullish.test(t.slice(i, end))) {
        push(x, 'null', i, end);
        i = end;
        continue;
      }
    }
    const signed = (ch === '+' || ch === '-') && DIGIT.test(t[i + 1] ?? '');
    if (DIGIT.test(ch) || signed) {
      i = lexNumber(x, i);
    } else {
      let end = i + 1;
      while (end < t.length && !SPACE.test(t[end] ?? '') && !DIGIT.test(t[end] ?? '') && !SIGN.test(t.slice(end, end + 2))) end++;
      if (DASHES.test(t.slice(i, end)) && (DIGIT.test(t[i - 1] ?? '') || DIGIT.test(t[end] ?? ''))) push(x, 'null', i, end);
      else pushText(x, i, end);
      i = end;
    }
    wordStart = false;
  }
}

/** Read a number at i; a digit followed by `.`, `、` or `)` and a non-digit is the next row's ordinal. */
function lexNumber(x: CellLexer, i: number): number {
  const { t } = x;
  let j = i + 1;
  while (j < t.length && DIGIT.test(t[j] ?? '')) j++;
  const next = t[j];
  const after = t[j + 1];
  if (next === ')' && j - i === 1 && after !== undefined && !DIGIT.test(after)) {
    push(x, 'ord', i, j + 1, `${t[i] ?? ''}.`);
    return j + 1;
  }
  if ((next === '.' || next === '、') && after !== undefined && !DIGIT.test(after)) {
    if (j - 1 > i) push(x, 'num', i, j - 1);
    push(x, 'ord', j - 1, j + 1, `${t[j - 1] ?? ''}.`);
    return j + 1;
  }
  rules.number.lastIndex = i;
  const m = rules.number.exec(t);
  const end = m ? i + m[0].length : j;
  if (PROSE_UNIT.test(t[end] ?? '')) {
    push(x, 'text', i, end + 1);
    return end + 1;
  }
  push(x, 'num', i, end);
  return end;
}

/** Every token of a document in reading order, each with the cell and position it came from. */
export function lex(doc: SourceDocument): Token[] {
  const out: Token[] = [];
  let cellIndex = 0;
  for (const line of doc.lines) {
    for (const c of line.cells) lexCell(c, cellIndex++, out);
  }
  return out;
}
