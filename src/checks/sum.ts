import type { ReportRecord, TableId, Template } from '../domain/index.ts';
import { keysOf } from './cells.ts';

/** The range a sum of cells can take: exact when every cell is known. */
export interface Range {
  lo: number;
  hi: number;
  exact: boolean;
}

/** One table's cell values in template key order, NaN where blank or ambiguous (one lookup per cell per report). */
export interface TableValues {
  record: ReportRecord;
  template: Template;
  table: TableId;
  keys: readonly string[];
  values: Float64Array;
}

/** Snapshot of a record's cells for one table of a template. */
export function tableValues(record: ReportRecord, template: Template, table: TableId): TableValues {
  const keys = keysOf(template, table).map((k) => k.key);
  const values = new Float64Array(keys.length);
  keys.forEach((key, i) => {
    const v = record.cells[key]?.value;
    values[i] = v === null || v === undefined || !Number.isFinite(v) ? NaN : v;
  });
  return { record, template, table, keys, values };
}

/**
 * Range of the sum of some cells (by index): a known cell adds its value; an ambiguous one its
 * candidates' span; a blank one [0, ∞), since counts are non-negative.
 */
export function sumRange(t: TableValues, indices: readonly number[]): Range {
  let lo = 0;
  let hi = 0;
  let exact = true;
  for (const i of indices) {
    const v = t.values[i] ?? NaN;
    if (!Number.isNaN(v)) {
      lo += v;
      hi += v;
      continue;
    }
    exact = false;
    const candidates = t.record.ambiguous[t.keys[i] ?? ''];
    if (candidates && candidates.length > 0) {
      lo += Math.max(0, Math.min(...candidates));
      hi += Math.max(...candidates);
    } else hi = Infinity;
  }
  return { lo, hi, exact };
}

const EPS = 1e-9;

/** True when two sums cannot be equal whatever the blank and ambiguous cells hold. */
export function disagree(a: Range, b: Range): boolean {
  return a.hi < b.lo - EPS || b.hi < a.lo - EPS;
}

/** A range as a message fragment: "= 12", "≥ 7" or "∈ [3, 9]". */
export function showRange(r: Range, fmt: (n: number) => string): string {
  if (r.exact || r.lo === r.hi) return `= ${fmt(r.lo)}`;
  if (r.hi === Infinity) return `≥ ${fmt(r.lo)}`;
  return `∈ [${fmt(r.lo)}, ${fmt(r.hi)}]`;
}

/** A range's value for Finding.expected / actual: the number when exact, else null. */
export function exactValue(r: Range): number | null {
  return r.exact ? r.lo : null;
}
