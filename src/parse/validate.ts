import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS, t3OutcomeRows, t3Rows } from '../domain/index.ts';
import type { CellValue, ReportIssue, Template } from '../domain/index.ts';

type Cells = Record<string, CellValue>;

function sum(cells: Cells, keys: string[]): number | undefined {
  let total = 0;
  for (const k of keys) {
    const v = cells[k]?.value;
    if (v === null || v === undefined) return undefined;
    total += v;
  }
  return total;
}

function check(out: ReportIssue[], rule: string, left: string[], right: string[], cells: Cells, what: string): void {
  const a = sum(cells, left);
  const b = sum(cells, right);
  if (a === undefined || b === undefined || Math.abs(a - b) < 1e-9) return;
  out.push({ rule, severity: 'error', message: `${what}: ${a} ≠ ${b}`, cells: [...left, ...right] });
}

const SIGNED_OR_MONEY = /\.(yoy_change|amount_wan_yuan)$/;

/** The source's own hard-rule violations (R0, R3.1, R3.2, R3.3, R4.1–3): reported, never fixed. */
export function hardRuleIssues(cells: Cells, t3Template: Template | undefined, hasT4: boolean): ReportIssue[] {
  const out: ReportIssue[] = [];
  for (const [key, c] of Object.entries(cells)) {
    if (c.value === null || SIGNED_OR_MONEY.test(key)) continue;
    if (c.value < 0 || !Number.isInteger(c.value)) {
      out.push({ rule: 'R0', severity: 'error', message: `${key} = ${c.value} is not a count`, cells: [key] });
    }
  }
  if (t3Template) {
    const outcomes = t3OutcomeRows(t3Template);
    for (const col of T3_COLUMNS) {
      const k = (row: string): string => `t3.${row}.${col}`;
      check(out, 'R3.1', [k('received_new'), k('carried_over_in')], [k('processed_total'), k('carried_over_out')], cells, `R3.1 ${col}`);
      check(out, 'R3.2', [k('processed_total')], outcomes.map(k), cells, `R3.2 ${col}`);
    }
    for (const row of t3Rows(t3Template)) {
      const parts = T3_COLUMNS.slice(0, 6).map((c) => `t3.${row}.${c}`);
      check(out, 'R3.3', [`t3.${row}.total`], parts, cells, `R3.3 ${row}`);
    }
  }
  if (hasT4) {
    T4_GROUPS.forEach((g, i) => {
      const parts = T4_COLUMNS.slice(0, 4).map((c) => `t4.${g}.${c}`);
      check(out, `R4.${i + 1}`, [`t4.${g}.total`], parts, cells, `R4.${i + 1} ${g}`);
    });
  }
  return out;
}
