import type { SourcePosition } from '../domain/index.ts';
import type { Atom, Slot } from './types.ts';

/** Candidate rows for one table row, and whether enumeration stopped at its cap. */
export interface RowSplits {
  vectors: Slot[][];
  capped: boolean;
  /** True when digit runs had to be split to fill the row. */
  split?: boolean;
  /** Set when the row has more values than columns, or fewer and nothing can be split. */
  problem?: 'too-many' | 'too-few';
}

export interface SplitOptions {
  /** Maximum candidate rows kept. */
  maxVectors?: number;
  /** Maximum search steps. */
  maxSteps?: number;
  /** Called on every partial row; false prunes it. */
  prune?: (partial: readonly Slot[]) => boolean;
  /** Surplus blanks are dropped from the front first: the row's label spans columns (t3), its values never do. */
  labelSpans?: boolean;
}

/** Longer runs of digits are not one count (and would lose precision as a double). */
export const MAX_DIGITS = 12;

function shift(pos: SourcePosition, delta: number): SourcePosition {
  return 'line' in pos ? { line: pos.line, offset: pos.offset + delta } : pos;
}

function slotOf(a: Atom): Slot {
  const s: Slot = { value: a.value, raw: a.raw, pos: a.pos };
  if (a.unit) s.unit = a.unit;
  return s;
}

const isBlank = (a: Atom | undefined): boolean => a !== undefined && a.raw.trim() === '' && a.value === null;

function trimBlanks(atoms: Atom[], n: number, labelSpans = false): Atom[] {
  let list = atoms;
  const trimEnd = (): void => {
    while (list.length > n && isBlank(list.at(-1))) list = list.slice(0, -1);
  };
  const trimStart = (): void => {
    while (list.length > n && isBlank(list[0])) list = list.slice(1);
  };
  if (labelSpans) {
    trimStart();
    trimEnd();
  } else {
    trimEnd();
    trimStart();
  }
  return list;
}

/**
 * Every way to read `atoms` as exactly `n` cells: runs of digits may hold several glued cells, each
 * without a leading zero unless it is 0. Bounded by maxVectors and maxSteps (capped is then true).
 */
export function splitRow(atoms: Atom[], n: number, opts: SplitOptions = {}): RowSplits {
  const list = trimBlanks(atoms, n, opts.labelSpans);
  if (list.length > n) return { vectors: [], capped: false, problem: 'too-many' };
  if (list.length === n) {
    const row = list.map(slotOf);
    return { vectors: opts.prune && !opts.prune(row) ? [] : [row], capped: false };
  }
  const capacity = list.map((a) => a.digits?.length ?? 1);
  const after = capacity.map((_, i) => capacity.slice(i + 1).reduce((s, c) => s + c, 0));
  const maxVectors = opts.maxVectors ?? 5000;
  const maxSteps = opts.maxSteps ?? 200_000;
  const vectors: Slot[][] = [];
  const acc: Slot[] = [];
  let steps = 0;
  let capped = false;

  const dfs = (ai: number, pos: number): void => {
    if (capped) return;
    if (++steps > maxSteps || vectors.length >= maxVectors) {
      capped = true;
      return;
    }
    const a = list[ai];
    if (a === undefined) {
      if (acc.length === n) vectors.push(acc.slice());
      return;
    }
    const s = a.digits;
    if (s === undefined) {
      acc.push(slotOf(a));
      if (!opts.prune || opts.prune(acc)) dfs(ai + 1, 0);
      acc.pop();
      return;
    }
    for (let len = 1; pos + len <= s.length; len++) {
      if ((len > 1 && s[pos] === '0') || len > MAX_DIGITS) break;
      const part = s.slice(pos, pos + len);
      const next = pos + len;
      const need = n - acc.length - 1;
      const min = (next < s.length ? 1 : 0) + (list.length - ai - 1);
      const max = s.length - next + (after[ai] ?? 0);
      if (need > max) break;
      if (need < min) continue;
      const signed = pos === 0 && a.sign ? `${a.sign}${part}` : part;
      const last = next === s.length;
      const written = last ? `${signed}${a.fraction ?? ''}` : signed;
      const slot: Slot = { value: Number(written), raw: last && a.unit ? `${written}${a.unit}` : written, pos: shift(a.pos, pos === 0 || !a.sign ? pos : pos + 1) };
      if (last && a.unit) slot.unit = a.unit;
      acc.push(slot);
      if (!opts.prune || opts.prune(acc)) dfs(next < s.length ? ai : ai + 1, next < s.length ? next : 0);
      acc.pop();
    }
  };
  dfs(0, 0);
  if (vectors.length === 0 && !capped) return { vectors, capped, problem: 'too-few' };
  return { vectors, capped, split: true };
}
