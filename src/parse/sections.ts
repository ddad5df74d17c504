import type { TableId } from '../domain/index.ts';
import { canonicalLabel } from './normalize.ts';
import { sectionKeywords, tableAnchors } from './rules.ts';
import type { Token } from './types.ts';

const NUMERALS = '一二三四五六';
const HEADING_START = /^([一二三四五六])\s*[、.]/;

/** Token ranges [start, end) of the six sections and of the three tables. */
export interface Layout {
  headings: Partial<Record<number, number>>;
  tables: Partial<Record<TableId, [number, number]>>;
  narrative: Partial<Record<number, [number, number]>>;
}

function headingAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t?.kind !== 'text') return undefined;
  const m = HEADING_START.exec(t.text);
  if (!m?.[1]) return undefined;
  let text = t.text;
  for (let j = i + 1; j < tokens.length && text.length < 30; j++) {
    const next = tokens[j];
    if (next?.kind !== 'text' || HEADING_START.test(next.text)) break;
    text += next.text;
  }
  const n = NUMERALS.indexOf(m[1]) + 1;
  return sectionKeywords[n]?.test(canonicalLabel(text).slice(0, 30)) ? n : undefined;
}

function findAnchor(tokens: Token[], re: RegExp, from: number): number | undefined {
  for (let i = Math.max(0, from); i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind === 'text' && re.test(canonicalLabel(t.text))) return i;
  }
  return undefined;
}

/** Find section headings by numeral and keyword (in increasing order) and the tables' regions. */
export function layoutOf(tokens: Token[]): Layout {
  const headings: Partial<Record<number, number>> = {};
  let last = 0;
  tokens.forEach((_, i) => {
    const n = headingAt(tokens, i);
    if (n !== undefined && n > last) {
      headings[n] = i;
      last = n;
    }
  });
  const s2 = headings[2] ?? findAnchor(tokens, tableAnchors.t2, headings[1] ?? 0);
  const s3 = headings[3] ?? findAnchor(tokens, tableAnchors.t3, s2 ?? headings[1] ?? 0);
  const s4 = headings[4] ?? (s3 === undefined ? undefined : findAnchor(tokens, tableAnchors.t4, s3));
  const starts = [headings[1], s2, s3, s4, headings[5], headings[6]];
  const endOf = (start: number): number =>
    Math.min(tokens.length, ...starts.filter((s): s is number => s !== undefined && s > start));
  const tables: Layout['tables'] = {};
  if (s2 !== undefined) tables.t2 = [s2, endOf(s2)];
  if (s3 !== undefined) tables.t3 = [s3, endOf(s3)];
  if (s4 !== undefined) tables.t4 = [s4, endOf(s4)];
  const narrative: Layout['narrative'] = {};
  for (const n of [1, 5, 6]) {
    const s = starts[n - 1];
    if (s !== undefined) narrative[n] = [s, endOf(s)];
  }
  return { headings, tables, narrative };
}

/** Text of a token range as the document wrote it: cells on their own lines. */
export function textOf(tokens: Token[]): string {
  let out = '';
  let prev: Token | undefined;
  for (const t of tokens) {
    if (prev && prev.cell !== t.cell) out += '\n';
    else if (prev && 'line' in prev.pos && 'line' in t.pos && prev.pos.offset + prev.raw.length < t.pos.offset) out += ' ';
    out += t.raw;
    prev = t;
  }
  return out.trim();
}
