import type { ReportRecord, TableId, Template } from '../domain/index.ts';
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS, t3OutcomeRows, t3Rows } from '../domain/index.ts';
import { fmt, keysOf, labelEn, labelZh, tableTemplate } from './cells.ts';
import type { Range, TableValues } from './sum.ts';
import { disagree, exactValue, showRange, sumRange, tableValues } from './sum.ts';
import type { Finding, RuleInfo } from './types.ts';

const rule = (id: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string): RuleInfo =>
  ({ id, family: 'hard', severity: 'error', nameZh, nameEn, descriptionZh, descriptionEn });

export const HARD_RULES: readonly RuleInfo[] = [
  rule('R0', '非负整数', 'Non-negative counts', '件数必须是非负整数（本年增/减与金额除外；金额不得为负）', 'Counts are non-negative integers (signed 本年增/减 and money excepted; money must not be negative)'),
  rule('R3.1', '申请流转平衡', 'Request flow balance', '每列：本年新收 + 上年结转 = （七）总计 + 结转下年度', 'Per column: received_new + carried_over_in = processed_total + carried_over_out'),
  rule('R3.2', '办理结果合计', 'Outcomes add up', '每列：（七）总计 = 各办理结果（含子项）之和', 'Per column: processed_total = sum of every outcome row'),
  rule('R3.3', '申请人合计', 'Applicant columns add up', '每行：总计 = 自然人 + 五类法人或其他组织；总计空白视为未填报', 'Per row: total = the six applicant columns; a blank total is not reported'),
  rule('R4.1', '行政复议合计', 'Administrative review adds up', '行政复议：维持 + 纠正 + 其他 + 尚未审结 = 总计', 'Review: upheld + corrected + other + pending = total'),
  rule('R4.2', '直接起诉合计', 'Direct suits add up', '未经复议直接起诉：维持 + 纠正 + 其他 + 尚未审结 = 总计', 'Suits without review: upheld + corrected + other + pending = total'),
  rule('R4.3', '复议后起诉合计', 'Suits after review add up', '复议后起诉：维持 + 纠正 + 其他 + 尚未审结 = 总计', 'Suits after review: upheld + corrected + other + pending = total'),
];

/** An equation `sum(printed) = sum(parts)` and how to describe its sides. */
interface Equation {
  rule: string;
  printed: readonly string[];
  parts: readonly string[];
  zh: [string, string];
  en: [string, string];
}

/** An equation with its cells as indices into the table's key order. */
interface Compiled extends Equation {
  printedAt: number[];
  partsAt: number[];
}

function compile(template: Template, table: TableId, eqs: Equation[]): Compiled[] {
  const index = new Map(keysOf(template, table).map((k, i) => [k.key, i]));
  const at = (keys: readonly string[]) => keys.map((k) => index.get(k) ?? -1);
  return eqs.map((eq) => ({ ...eq, printedAt: at(eq.printed), partsAt: at(eq.parts) }));
}

/** "outcome rows sum to {v}" takes the bare range; other phrasings take "= v". */
const enParts = (text: string, r: Range): string =>
  text.includes('{v}') ? text.replace('{v}', showRange(r, fmt).replace(/^= /u, '')) : `${text} ${showRange(r, fmt)}`;

function checkEquation(t: TableValues, id: string, eq: Compiled): Finding | null {
  const a: Range = sumRange(t, eq.printedAt);
  const b: Range = sumRange(t, eq.partsAt);
  if (!disagree(a, b)) return null;
  const note = a.exact && b.exact ? '' : '；空白单元格按 ≥ 0 计';
  const noteEn = a.exact && b.exact ? '' : '; blank cells taken as ≥ 0';
  return {
    reportId: id,
    rule: eq.rule,
    severity: 'error',
    cells: [...eq.printed, ...eq.parts],
    expected: exactValue(b),
    actual: exactValue(a),
    messageZh: `${eq.zh[0]} ${showRange(a, fmt)}，但${eq.zh[1]} ${showRange(b, fmt)}（${eq.rule}${note}）`,
    messageEn: `${eq.en[0]} ${showRange(a, fmt)} but ${enParts(eq.en[1], b)} (${eq.rule}${noteEn})`,
  };
}

function t3Equations(template: Template): Equation[] {
  const outcomes = t3OutcomeRows(template);
  const l = (key: string) => labelZh(template, key);
  const eqs: Equation[] = [];
  for (const col of T3_COLUMNS) {
    const k = (row: string) => `t3.${row}.${col}`;
    eqs.push({
      rule: 'R3.1',
      printed: [k('received_new'), k('carried_over_in')],
      parts: [k('processed_total'), k('carried_over_out')],
      zh: [`${l(k('received_new'))} + ${l(k('carried_over_in'))}`, `${l(k('processed_total'))} + ${l(k('carried_over_out'))}`],
      en: [`received_new + carried_over_in (${col})`, `processed_total + carried_over_out`],
    });
    eqs.push({
      rule: 'R3.2',
      printed: [k('processed_total')],
      parts: outcomes.map(k),
      zh: [l(k('processed_total')), '各办理结果之和'],
      en: [labelEn(k('processed_total')), 'outcome rows sum to {v}'],
    });
  }
  for (const row of t3Rows(template)) {
    const k = (col: string) => `t3.${row}.${col}`;
    eqs.push({
      rule: 'R3.3',
      printed: [k('total')],
      parts: T3_COLUMNS.filter((c) => c !== 'total').map(k),
      zh: [l(k('total')), '六类申请人之和'],
      en: [labelEn(k('total')), 'the six applicant columns sum to {v}'],
    });
  }
  return eqs;
}

function t4Equations(template: Template): Equation[] {
  return T4_GROUPS.map((g, i) => {
    const k = (col: string) => `t4.${g}.${col}`;
    return {
      rule: `R4.${i + 1}`,
      printed: [k('total')],
      parts: T4_COLUMNS.filter((c) => c !== 'total').map(k),
      zh: [labelZh(template, k('total')), '结果维持 + 结果纠正 + 其他结果 + 尚未审结'],
      en: [labelEn(k('total')), 'upheld + corrected + other + pending'],
    };
  });
}

const EQUATIONS: Record<Template, { t3: Compiled[]; t4: Compiled[] }> = {
  v2019: { t3: compile('v2019', 't3', t3Equations('v2019')), t4: compile('v2019', 't4', t4Equations('v2019')) },
  v2021: { t3: compile('v2021', 't3', t3Equations('v2021')), t4: compile('v2021', 't4', t4Equations('v2021')) },
};

/** R0: every count cell of one table is a non-negative integer. */
function checkCounts(t: TableValues, id: string): Finding[] {
  const findings: Finding[] = [];
  keysOf(t.template, t.table).forEach(({ key, col }, i) => {
    const v = t.values[i] ?? NaN;
    if (col === 'yoy_change') return;
    const money = col === 'amount_wan_yuan';
    if (Number.isNaN(v) ? !isNonFinite(t.record, key) : v >= 0 && (money || Number.isInteger(v))) return;
    const raw = t.record.cells[key]?.raw ?? String(v);
    const what = money ? ['不得为负', 'is negative'] : ['不是非负整数', 'is not a non-negative integer'];
    findings.push({
      reportId: id, rule: 'R0', severity: 'error', cells: [key], expected: null, actual: Number.isFinite(v) ? v : null,
      messageZh: `${labelZh(t.template, key)} = ${raw}，${what[0]}（R0）`,
      messageEn: `${labelEn(key)} = ${raw} ${what[1]} (R0)`,
    });
  });
  return findings;
}

/** A cell holding a number that is not finite (NaN, ±Infinity): a parse error, not a blank. */
function isNonFinite(record: ReportRecord, key: string): boolean {
  const v = record.cells[key]?.value;
  return typeof v === 'number' && !Number.isFinite(v);
}

/** Hard rules R0, R3.1–R3.3 and R4.1–R4.3 of one report. */
export function checkHard(record: ReportRecord, id: string): Finding[] {
  const findings: Finding[] = [];
  for (const table of ['t2', 't3', 't4'] as const) {
    const template = tableTemplate(record, table);
    if (!template) continue;
    const t = tableValues(record, template, table);
    findings.push(...checkCounts(t, id));
    for (const eq of table === 't2' ? [] : EQUATIONS[template][table]) {
      const f = checkEquation(t, id, eq);
      if (f) findings.push(f);
    }
  }
  return findings;
}
