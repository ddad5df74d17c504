import type { ReportRecord } from '../../src/domain/index.ts';
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS, t3OutcomeRows } from '../../src/domain/index.ts';

/** The hard and soft rules of report-format.md, written out directly so the tests do not trust src/checks. */
export type Value = number | null | undefined;

const v = (r: ReportRecord, key: string): Value => r.cells[key]?.value;
const known = (xs: readonly Value[]): xs is number[] => xs.every((x) => typeof x === 'number');
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Columns where received + carried_in ≠ processed + carried_out. */
export function r31(r: ReportRecord): string[] {
  return T3_COLUMNS.filter((c) => {
    const xs = ['received_new', 'carried_over_in', 'processed_total', 'carried_over_out'].map((row) => v(r, `t3.${row}.${c}`));
    return known(xs) && xs[0]! + xs[1]! !== xs[2]! + xs[3]!;
  });
}

/** Columns where the outcome rows do not add up to （七）总计. */
export function r32(r: ReportRecord): string[] {
  const rows = t3OutcomeRows(r.tables.t3 ?? 'v2021');
  return T3_COLUMNS.filter((c) => {
    const xs = rows.map((row) => v(r, `t3.${row}.${c}`));
    const total = v(r, `t3.processed_total.${c}`);
    return known(xs) && typeof total === 'number' && sum(xs) !== total;
  });
}

/** t3 rows whose 总计 differs from the sum of the six applicant columns (a blank 总计 is not reported). */
export function r33(r: ReportRecord): string[] {
  const rows = new Set(Object.keys(r.cells).filter((k) => k.startsWith('t3.')).map((k) => k.split('.')[1] ?? ''));
  return [...rows].filter((row) => {
    const xs = T3_COLUMNS.slice(0, 6).map((c) => v(r, `t3.${row}.${c}`));
    const total = v(r, `t3.${row}.total`);
    return known(xs) && typeof total === 'number' && sum(xs) !== total;
  });
}

/** t4 groups whose four results do not add up to 总计. */
export function r4(r: ReportRecord): string[] {
  return T4_GROUPS.filter((g) => {
    const xs = T4_COLUMNS.map((c) => v(r, `t4.${g}.${c}`));
    return known(xs) && sum(xs.slice(0, 4)) !== xs[4];
  });
}

/** Columns where this year's 上年结转 differs from last year's 结转下年度. */
export function x1(prev: ReportRecord, cur: ReportRecord): string[] {
  return T3_COLUMNS.filter((c) => v(cur, `t3.carried_over_in.${c}`) !== v(prev, `t3.carried_over_out.${c}`));
}

/** Every numeric cell of a report, in key order (for copied-report detection). */
export function numberVector(r: ReportRecord): Value[] {
  return Object.keys(r.cells).sort().map((k) => v(r, k));
}
