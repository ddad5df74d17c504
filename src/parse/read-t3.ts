import { T3_COLUMNS, t3OutcomeRows } from '../domain/index.ts';
import type { Template } from '../domain/index.ts';
import { t3RowRules } from './rules.ts';
import { rowSums, solveJoint, sumOf, type Constraint } from './solve.ts';
import { columnsOf, issue, mustFit, readRows, type TableRead } from './tables.ts';
import type { Slot, Token } from './types.ts';

type Pick = (row: string) => readonly Slot[] | undefined;

/** A column rule of t3 and the rows it reads. */
interface ColumnRule {
  name: string;
  rows: string[];
  test: Constraint;
}

const columnRuleCache = new Map<Template, ColumnRule[]>();

function columnRules(template: Template): ColumnRule[] {
  let rules = columnRuleCache.get(template);
  if (!rules) columnRuleCache.set(template, (rules = buildColumnRules(template)));
  return rules;
}

function buildColumnRules(template: Template): ColumnRule[] {
  const outcomes = [...t3OutcomeRows(template)];
  return T3_COLUMNS.flatMap((col, c) => {
    const cell = (pick: Pick, r: string): Slot | undefined => pick(r)?.[c];
    const flow = ['received_new', 'carried_over_in', 'processed_total', 'carried_over_out'];
    const r32: Constraint = (pick) => {
      const total = cell(pick, 'processed_total')?.value;
      const sum = sumOf(outcomes.map((r) => cell(pick, r)));
      return total === null || total === undefined || sum === undefined ? undefined : total === sum;
    };
    const r31: Constraint = (pick) => {
      const left = sumOf([cell(pick, 'received_new'), cell(pick, 'carried_over_in')]);
      const right = sumOf([cell(pick, 'processed_total'), cell(pick, 'carried_over_out')]);
      return left === undefined || right === undefined ? undefined : left === right;
    };
    return [
      { name: `R3.2 ${col}`, rows: ['processed_total', ...outcomes], test: r32 },
      { name: `R3.1 ${col}`, rows: flow, test: r31 },
    ];
  });
}

/**
 * Read t3 (requests): R3.3 chooses among splits of each glued row, then R3.2 and R3.1 per column jointly.
 * A row whose split was chosen by a rule and then breaks a column rule is not read: the choice was wrong.
 */
export function readT3(tokens: Token[], template: Template): TableRead {
  const read = readRows('t3', tokens, t3RowRules[template], columnsOf(template, 't3'));
  const chosen = new Set([...read.rows].filter(([, s]) => s.vectors.length > 1).map(([row]) => row));
  for (const [row, s] of read.rows) read.rows.set(row, mustFit(read, `t3.${row}`, s, (v) => rowSums(v), 'R3.3'));
  const rules = columnRules(template);
  const joint = solveJoint(new Map([...read.rows].map(([row, s]) => [row, s.vectors])), rules.map((r) => r.test));
  if (joint.capped) read.issues.push(issue('split-cap', 'warning', 't3: too many joint splits to check R3.1/R3.2'));
  for (const [row, v] of joint.rows) {
    const s = read.rows.get(row);
    if (s) read.rows.set(row, { ...s, vectors: v });
  }
  const final: Pick = (row) => {
    const v = read.rows.get(row)?.vectors;
    return v?.length === 1 ? v[0] : undefined;
  };
  const unread = new Set<string>();
  for (const rule of rules) {
    if (rule.test(final) === false) for (const row of rule.rows) if (chosen.has(row)) unread.add(row);
  }
  for (const row of unread) {
    const s = read.rows.get(row);
    if (s) read.rows.set(row, { ...s, vectors: [] });
    read.issues.push(issue('unreadable-row', 'warning', `t3.${row}: its glued digits were split by a rule that R3.1/R3.2 then contradict; cells left blank`));
  }
  return read;
}
