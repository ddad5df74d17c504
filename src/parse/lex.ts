import type { SourcePosition } from '../domain/index.ts';
import type { SourceCell, SourceDocument } from './document.ts';
import { normalize } from './normalize.ts';
import { rules } from './rules.ts';
import type { Token, TokenKind } from './types.ts';

/** A number followed by a measure word or date unit is prose (`12件`, `2021年`), never a table cell. */
const PROSE_UNIT = /[件条个项次份人宗家批期篇名年月日号%]/;
/** Dashes glued between digits (`25—3`) stand for a cell, like a whole-cell `—`. */
const DASHES = /^[-—–─―/\\]+$/;
const UNICODE_SPACE = /\s/;

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isSpace = (ch: string | undefined): boolean =>
  ch === ' ' || (ch !== undefined && ch > '~' ? UNICODE_SPACE.test(ch) : ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f');
const isSign = (ch: string | undefined): boolean => ch === '+' || ch === '-';

/** A token of one cell's text, before it is placed: `from` is where it starts in the raw text. */
interface CellToken {
  kind: TokenKind;
  text: string;
  raw: string;
  from: number;
  glued?: true;
}

/** One cell being lexed: its raw and normalised text, where each character came from, its tokens. */
interface CellLexer {
  raw: string;
  t: string;
  map: number[];
  out: CellToken[];
}

function push(x: CellLexer, kind: TokenKind, from: number, to: number, text = x.t.slice(from, to)): void {
  const { raw, t, map } = x;
  const rawFrom = map[from] ?? 0;
  const rawTo = to < map.length ? (map[to] ?? raw.length) : raw.length;
  const token: CellToken = { kind, text, raw: raw.slice(rawFrom, rawTo), from: rawFrom };
  if (kind === 'num' && ((from > 0 && !isSpace(t[from - 1])) || (to < t.length && !isSpace(t[to])))) token.glued = true;
  x.out.push(token);
}

/** Text split at heading numerals (`…建设。二、主动公开…`) so sections can start mid-line. */
function pushText(x: CellLexer, from: number, end: number): void {
  let start = from;
  for (const m of x.t.slice(from, end).matchAll(rules.headingNumeral)) {
    if (m.index === 0) continue;
    push(x, 'text', start, from + m.index);
    start = from + m.index;
  }
  push(x, 'text', start, end);
}

function lexText(raw: string): CellToken[] {
  const { text: t, map } = normalize(raw);
  const trimmed = t.trim();
  if (trimmed === '') return [{ kind: 'blank', text: '', raw, from: 0 }];
  const x: CellLexer = { raw, t, map, out: [] };
  if (rules.pageNumber.test(trimmed)) return x.out;
  let i = 0;
  let wordStart = true;
  while (i < t.length) {
    const ch = t[i];
    if (isSpace(ch)) {
      i++;
      wordStart = true;
      continue;
    }
    if (wordStart) {
      let end = i;
      while (end < t.length && !isSpace(t[end])) end++;
      if (rules.nullish.test(t.slice(i, end))) {
        push(x, 'null', i, end);
        i = end;
        continue;
      }
    }
    if (isDigit(ch) || (isSign(ch) && isDigit(t[i + 1]))) {
      i = lexNumber(x, i);
    } else {
      let end = i + 1;
      while (end < t.length && !isSpace(t[end]) && !isDigit(t[end]) && !(isSign(t[end]) && isDigit(t[end + 1]))) end++;
      if (DASHES.test(t.slice(i, end)) && (isDigit(t[i - 1]) || isDigit(t[end]))) push(x, 'null', i, end);
      else pushText(x, i, end);
      i = end;
    }
    wordStart = false;
  }
  return x.out;
}

/** Read a number at i; a digit followed by `.`, `、` or `)` and a non-digit is the next row's ordinal. */
function lexNumber(x: CellLexer, i: number): number {
  const { t } = x;
  let j = i + 1;
  while (j < t.length && isDigit(t[j])) j++;
  const next = t[j];
  const after = t[j + 1];
  if (next === ')' && j - i === 1 && after !== undefined && !isDigit(after)) {
    push(x, 'ord', i, j + 1, `${t[i] ?? ''}.`);
    return j + 1;
  }
  if ((next === '.' || next === '、') && after !== undefined && !isDigit(after)) {
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

/** Cell texts recur in every report (labels, small numbers): each is lexed once. Long prose is not kept. */
const CACHED_TEXT_MAX = 80;
const CACHE_MAX = 20_000;
const cache = new Map<string, CellToken[]>();

function cellTokens(raw: string): CellToken[] {
  if (raw.length > CACHED_TEXT_MAX) return lexText(raw);
  let tokens = cache.get(raw);
  if (tokens === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear();
    tokens = lexText(raw);
    cache.set(raw, tokens);
  }
  return tokens;
}

const at = (pos: SourcePosition, delta: number): SourcePosition =>
  delta !== 0 && 'line' in pos ? { line: pos.line, offset: pos.offset + delta } : pos;

function lexCell(c: SourceCell, cell: number, out: Token[]): void {
  for (const s of cellTokens(c.text)) {
    const token: Token = { kind: s.kind, text: s.text, raw: s.raw, pos: at(c.pos, s.from), cell };
    if (s.glued) token.glued = true;
    out.push(token);
  }
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
