import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS, t3OutcomeRows, t3Rows } from '../domain/index.ts';
import type { CellValue, ReportIssue, Template } from '../domain/index.ts';

type Cells = Record<string, CellValue>;

/** A hard rule over one set of cells: the sum of `left` equals the sum of `right`. */
interface Check {
  rule: string;
  left: string[];
  right: string[];
  what: string;
}

function sum(cells: Cells, keys: string[]): number | undefined {
  let total = 0;
  for (const k of keys) {
    const v = cells[k]?.value;
    if (v === null || v === undefined) return undefined;
    total += v;
  }
  return total;
}

function t3Checks(template: Template): Check[] {
  const out: Check[] = [];
  const outcomes = t3OutcomeRows(template);
  for (const col of T3_COLUMNS) {
    const k = (row: string): string => `t3.${row}.${col}`;
    out.push({ rule: 'R3.1', left: [k('received_new'), k('carried_over_in')], right: [k('processed_total'), k('carried_over_out')], what: `R3.1 ${col}` });
    out.push({ rule: 'R3.2', left: [k('processed_total')], right: outcomes.map(k), what: `R3.2 ${col}` });
  }
  for (const row of t3Rows(template)) {
    out.push({ rule: 'R3.3', left: [`t3.${row}.total`], right: T3_COLUMNS.slice(0, 6).map((c) => `t3.${row}.${c}`), what: `R3.3 ${row}` });
  }
  return out;
}

const T4_CHECKS: Check[] = T4_GROUPS.map((g, i) => ({
  rule: `R4.${i + 1}`,
  left: [`t4.${g}.total`],
  right: T4_COLUMNS.slice(0, 4).map((c) => `t4.${g}.${c}`),
  what: `R4.${i + 1} ${g}`,
}));

const T3_CHECKS: Record<Template, Check[]> = { v2019: t3Checks('v2019'), v2021: t3Checks('v2021') };

function check(out: ReportIssue[], { rule, left, right, what }: Check, cells: Cells): void {
  const a = sum(cells, left);
  const b = sum(cells, right);
  if (a === undefined || b === undefined || Math.abs(a - b) < 1e-9) return;
  out.push({ rule, severity: 'error', message: `${what}: ${a} ≠ ${b}`, cells: [...left, ...right] });
}

const SIGNED_OR_MONEY = /\.(yoy_change|amount_wan_yuan)$/;

/** The source's own hard-rule violations (R0, R3.1, R3.2, R3.3, R4.1–3): reported, never fixed. */
export function hardRuleIssues(cells: Cells, t3Template: Template | undefined, hasT4: boolean): ReportIssue[] {
  const out: ReportIssue[] = [];
  for (const key in cells) {
    const value = cells[key]?.value;
    if (value === null || value === undefined || (Number.isInteger(value) && value >= 0) || SIGNED_OR_MONEY.test(key)) continue;
    out.push({ rule: 'R0', severity: 'error', message: `${key} = ${value} is not a count`, cells: [key] });
  }
  for (const c of t3Template ? T3_CHECKS[t3Template] : []) check(out, c, cells);
  for (const c of hasT4 ? T4_CHECKS : []) check(out, c, cells);
  return out;
}
