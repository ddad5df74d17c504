import type { Slot } from './types.ts';

/** A consistency rule over one choice of rows: true, false, or undefined when a cell it needs is blank. */
export type Constraint = (pick: (row: string) => readonly Slot[] | undefined) => boolean | undefined;

const num = (s: Slot | undefined): number | undefined => (s?.value ?? undefined) === undefined ? undefined : (s?.value as number);

/** Sum of cells, or undefined when any is blank or missing. */
export function sumOf(cells: (Slot | undefined)[]): number | undefined {
  let total = 0;
  for (const c of cells) {
    const v = num(c);
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

/** Keep only candidates satisfying a rule, if at least one does (a rule only chooses, never empties). */
export function filterBy<T>(items: T[], test: (item: T) => boolean | undefined): T[] {
  const kept = items.filter((item) => test(item) !== false);
  return kept.length > 0 ? kept : items;
}

/** Row total rule: the last cell equals the sum of the others. */
export function rowSums(v: readonly Slot[], from = 0, to = v.length - 1): boolean | undefined {
  const total = num(v[to]);
  const parts = sumOf(v.slice(from, to));
  return total === undefined || parts === undefined ? undefined : total === parts;
}

export interface JointResult {
  rows: Map<string, Slot[][]>;
  /** True when the product of candidates was too large to search. */
  capped: boolean;
}

/**
 * Choose jointly among rows with several candidates: every combination is checked against the
 * constraints in order; a constraint narrows the combinations only when some combination passes it.
 */
export function solveJoint(rows: Map<string, Slot[][]>, constraints: Constraint[], maxCombos = 20_000): JointResult {
  const open = [...rows.entries()].filter(([, v]) => v.length > 1);
  if (open.length === 0) return { rows, capped: false };
  const size = open.reduce((p, [, v]) => p * v.length, 1);
  if (size > maxCombos) return { rows, capped: true };
  let combos: number[][] = [[]];
  for (const [, v] of open) combos = combos.flatMap((c) => v.map((_, i) => [...c, i]));
  const fixed = new Map([...rows.entries()].filter(([, v]) => v.length === 1).map(([k, v]) => [k, v[0]]));
  const picker = (combo: number[]) => (row: string) => {
    const at = open.findIndex(([k]) => k === row);
    if (at < 0) return fixed.get(row);
    return open[at]?.[1][combo[at] ?? 0];
  };
  for (const c of constraints) combos = filterBy(combos, (combo) => c(picker(combo)));
  const out = new Map(rows);
  open.forEach(([key, v], at) => {
    const used = new Set(combos.map((combo) => combo[at] ?? 0));
    out.set(key, v.filter((_, i) => used.has(i)));
  });
  return { rows: out, capped: false };
}
