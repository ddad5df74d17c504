import { canonicalLabel } from './normalize.ts';
import { rules, type RowRule } from './rules.ts';
import type { Token } from './types.ts';

/** A label (adjacent text cells joined) and the value tokens that follow it. */
export interface Pair {
  label: string;
  /** Where each source cell starts inside `label`. */
  cellStarts: number[];
  labelTokens: Token[];
  values: Token[];
}

/** A row rule matched to a pair; `values` is empty when the values belong to an extra row. */
export interface RowMatch {
  row: string;
  pair: Pair;
  values: Token[];
}

export interface RowsResult {
  matches: Map<string, RowMatch>;
  extra: { label: string; values: Token[] }[];
}

const isValue = (t: Token): boolean => t.kind === 'num' || t.kind === 'null' || t.kind === 'blank';
const filled = (values: Token[]): boolean => values.some((t) => t.kind !== 'blank');

/** Fold a region's tokens into label/values pairs. */
export function pairsOf(tokens: Token[]): Pair[] {
  const pairs: Pair[] = [];
  let cur: Pair = { label: '', cellStarts: [], labelTokens: [], values: [] };
  let lastCell = -1;
  for (const t of tokens) {
    if (isValue(t)) {
      cur.values.push(t);
      continue;
    }
    if (cur.values.length > 0) {
      pairs.push(cur);
      cur = { label: '', cellStarts: [], labelTokens: [], values: [] };
      lastCell = -1;
    }
    if (t.cell !== lastCell) cur.cellStarts.push(cur.label.length);
    lastCell = t.cell;
    cur.label += canonicalLabel(t.text);
    cur.labelTokens.push(t);
  }
  if (cur.label || cur.values.length > 0) pairs.push(cur);
  return pairs;
}

interface Candidate {
  rule: number;
  end: number;
}

const globals = new WeakMap<RegExp, RegExp>();

function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, 'g')));
  return g;
}

/** Prose that quotes row labels (`其中,予以公开2件,部分公开…`) is not a table row. */
const PROSE = /;|^[件份条个项次宗人,]|其中|说明/;

const isProse = (label: string): boolean => PROSE.test(label.slice(label.lastIndexOf('。') + 1).replace(/\([^)]*\)?/g, ''));

/** What a label matches, whatever its values: rules matched (and where), rules matched only weakly. */
interface LabelMatch {
  strong: Candidate[];
  weak: number[];
}

const NO_MATCH: LabelMatch = { strong: [], weak: [] };
/** Labels recur in every report of a template: each is matched against a rule list once (bounded). */
const labelMatches = new WeakMap<RowRule[], Map<string, LabelMatch>>();

function matchLabel(label: string, rowRules: RowRule[]): LabelMatch {
  if (isProse(label)) return NO_MATCH;
  const start = label.lastIndexOf('。') + 1;
  const out: LabelMatch = { strong: [], weak: [] };
  rowRules.forEach((r, rule) => {
    let end = -1;
    for (const m of label.matchAll(globalOf(r.re))) if (m.index >= start) end = m.index + m[0].length;
    if (end >= 0) out.strong.push({ rule, end });
    else if (r.weak?.test(label)) out.weak.push(rule);
  });
  return out;
}

function labelMatch(label: string, rowRules: RowRule[]): LabelMatch {
  let byLabel = labelMatches.get(rowRules);
  if (!byLabel || byLabel.size >= 20_000) labelMatches.set(rowRules, (byLabel = new Map()));
  let match = byLabel.get(label);
  if (!match) byLabel.set(label, (match = matchLabel(label, rowRules)));
  return match;
}

function candidates(pair: Pair, rowRules: RowRule[]): Candidate[] {
  const { strong, weak } = labelMatch(pair.label, rowRules);
  if (weak.length === 0 || !filled(pair.values)) return strong;
  return [...strong, ...weak.map((rule) => ({ rule, end: pair.label.length }))].sort((a, b) => a.rule - b.rule);
}

/** The longest chain of pairs matching rules in template order (labels may repeat or be missing). */
function chain(pairs: Pair[], rowRules: RowRule[], widths: Map<string, number>): (Candidate | undefined)[] {
  type Best = { score: number; pair: number; cand: Candidate; prev: Best | undefined };
  const best: (Best | undefined)[] = rowRules.map(() => undefined);
  pairs.forEach((pair, p) => {
    const snapshot = best.slice();
    for (const cand of candidates(pair, rowRules)) {
      let prev: Best | undefined;
      for (let r = 0; r < cand.rule; r++) {
        const b = snapshot[r];
        if (b && (!prev || b.score > prev.score)) prev = b;
      }
      const width = widths.get(rowRules[cand.rule]?.row ?? '');
      const shaped = pair.values.filter((t) => t.kind !== 'blank').length === width ? 0.5 : 0;
      const bonus = shaped + (filled(pair.values) ? 0.01 : 0) + 0.001 * (cand.end / Math.max(1, pair.label.length));
      const score = (prev?.score ?? 0) + 1 + bonus;
      const cur = best[cand.rule];
      if (!cur || score > cur.score) best[cand.rule] = { score, pair: p, cand, prev };
    }
  });
  let top: Best | undefined;
  for (const b of best) if (b && (!top || b.score > top.score)) top = b;
  const out: (Candidate | undefined)[] = pairs.map(() => undefined);
  for (let b = top; b; b = b.prev) out[b.pair] = b.cand;
  return out;
}

/** Match a table region's rows by label, in template order; other labels with values are extra rows. */
export function matchRows(tokens: Token[], rowRules: RowRule[], widths: Map<string, number>): RowsResult {
  const pairs = pairsOf(tokens);
  const picked = chain(pairs, rowRules, widths);
  const matches = new Map<string, RowMatch>();
  const extra: RowsResult['extra'] = [];
  let started = false;
  pairs.forEach((pair, p) => {
    const cand = picked[p];
    const rule = cand ? rowRules[cand.rule] : undefined;
    if (cand && rule) {
      started = true;
      const tail = pair.label.slice(cand.end);
      const tailCell = pair.cellStarts.find((s) => s >= cand.end);
      if (filled(pair.values) && tailCell !== undefined && rules.extraRow.test(tail)) {
        extra.push({ label: pair.label.slice(tailCell), values: pair.values });
        matches.set(rule.row, { row: rule.row, pair, values: [] });
      } else {
        matches.set(rule.row, { row: rule.row, pair, values: pair.values });
      }
    } else if (started && pair.label && filled(pair.values) && !isProse(pair.label) && !pair.label.includes('。')) {
      extra.push({ label: pair.label.slice(-40), values: pair.values });
    }
  });
  return { matches, extra };
}
