import type { ReportRecord } from '../domain/index.ts';
import { T3_COLUMNS } from '../domain/index.ts';
import { fmt, labelEn, labelZh, tableTemplate, valueOf } from './cells.ts';
import type { Finding, RuleInfo } from './types.ts';
import { reportId } from './types.ts';

const rule = (id: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string): RuleInfo =>
  ({ id, family: 'carry-over', severity: 'warning', nameZh, nameEn, descriptionZh, descriptionEn });

export const CARRY_OVER_RULES: readonly RuleInfo[] = [
  rule('X1', '跨年结转衔接', 'Carry-over between years', '每列：本年上年结转 = 上一年度结转下年度（同一机关、相邻年度）', "Per column: this year's carried_over_in = last year's carried_over_out (same agency, consecutive years)"),
  rule('X2', '现行有效件数衔接', 'Documents in force (v2021)', '现行有效(N) = 现行有效(N−1) + 本年制发(N) − 本年废止(N)；清理活动常打破此关系', 'in_force(N) = in_force(N−1) + issued(N) − repealed(N); clean-up campaigns often break it'),
  rule('X3', '项目数量衔接', 'Item counts (v2019)', '上一年项目数量(N) = 上一年项目数量(N−1) + 本年增/减(N−1)', 'prev_year_items(N) = prev_year_items(N−1) + yoy_change(N−1)'),
];

interface Pair {
  prev: ReportRecord;
  cur: ReportRecord;
}

function finding(p: Pair, rule: string, key: string, expected: number, actual: number, zh: string, en: string): Finding {
  return {
    reportId: reportId(p.cur), rule, severity: 'warning', cells: [key], expected, actual,
    relatedReportId: reportId(p.prev), messageZh: `${zh}（${rule}）`, messageEn: `${en} (${rule})`,
  };
}

/** X1: this year's 上年结转 equals last year's 结转下年度, per column. */
function carryOver(p: Pair): Finding[] {
  const [t, tp] = [tableTemplate(p.cur, 't3'), tableTemplate(p.prev, 't3')];
  if (!t || !tp) return [];
  return T3_COLUMNS.flatMap((col) => {
    const inKey = `t3.carried_over_in.${col}`;
    const outKey = `t3.carried_over_out.${col}`;
    const [now, before] = [valueOf(p.cur, inKey), valueOf(p.prev, outKey)];
    if (now === null || before === null || now === before) return [];
    return [finding(p, 'X1', inKey, before, now,
      `${p.cur.year}年 ${labelZh(t, inKey)} = ${fmt(now)}，但${p.prev.year}年 ${labelZh(tp, outKey)} = ${fmt(before)}`,
      `${p.cur.year} ${labelEn(inKey)} = ${fmt(now)} but ${p.prev.year} ${labelEn(outKey)} = ${fmt(before)}`)];
  });
}

/** X2 (both years on v2021): 现行有效件数 follows from last year's plus issued minus repealed. */
function inForce(p: Pair): Finding[] {
  if (tableTemplate(p.cur, 't2') !== 'v2021' || tableTemplate(p.prev, 't2') !== 'v2021') return [];
  return ['regulations', 'normative_docs'].flatMap((row) => {
    const k = (col: string) => `t2.${row}.${col}`;
    const [now, before, issued, repealed] = [valueOf(p.cur, k('in_force')), valueOf(p.prev, k('in_force')), valueOf(p.cur, k('issued')), valueOf(p.cur, k('repealed'))];
    if (now === null || before === null || issued === null || repealed === null) return [];
    const expected = before + issued - repealed;
    if (expected === now) return [];
    const f = finding(p, 'X2', k('in_force'), expected, now,
      `${p.cur.year}年 ${labelZh('v2021', k('in_force'))} = ${fmt(now)}，但上年 ${fmt(before)} + 本年制发 ${fmt(issued)} − 本年废止 ${fmt(repealed)} = ${fmt(expected)}`,
      `${p.cur.year} ${labelEn(k('in_force'))} = ${fmt(now)} but last year's ${fmt(before)} + issued ${fmt(issued)} − repealed ${fmt(repealed)} = ${fmt(expected)}`);
    return [{ ...f, cells: [k('in_force'), k('issued'), k('repealed')] }];
  });
}

const ITEM_ROWS = ['licensing', 'other_mgmt_services', 'penalty', 'coercion', 'admin_fees'] as const;

/** X3 (both years on v2019): 上一年项目数量 follows from last year's count plus last year's 增/减. */
function itemCounts(p: Pair): Finding[] {
  if (tableTemplate(p.cur, 't2') !== 'v2019' || tableTemplate(p.prev, 't2') !== 'v2019') return [];
  return ITEM_ROWS.flatMap((row) => {
    const k = (col: string) => `t2.${row}.${col}`;
    const [now, before, change] = [valueOf(p.cur, k('prev_year_items')), valueOf(p.prev, k('prev_year_items')), valueOf(p.prev, k('yoy_change'))];
    if (now === null || before === null || change === null) return [];
    const expected = before + change;
    if (expected === now) return [];
    const signed = change < 0 ? `− ${fmt(-change)}` : `+ ${fmt(change)}`;
    return [finding(p, 'X3', k('prev_year_items'), expected, now,
      `${p.cur.year}年 ${labelZh('v2019', k('prev_year_items'))} = ${fmt(now)}，但${p.prev.year}年 ${fmt(before)} ${signed}（本年增/减）= ${fmt(expected)}`,
      `${p.cur.year} ${labelEn(k('prev_year_items'))} = ${fmt(now)} but ${p.prev.year}'s ${fmt(before)} ${signed} (yoy_change) = ${fmt(expected)}`)];
  });
}

/** X1–X3 over the reports of one agency (any order; only consecutive years are compared). */
export function checkCarryOver(records: readonly ReportRecord[]): Finding[] {
  const byYear = new Map<number, ReportRecord>();
  for (const r of records) if (!byYear.has(r.year)) byYear.set(r.year, r);
  const findings: Finding[] = [];
  for (const cur of byYear.values()) {
    const prev = byYear.get(cur.year - 1);
    if (!prev) continue;
    const p = { prev, cur };
    findings.push(...carryOver(p), ...inForce(p), ...itemCounts(p));
  }
  return findings;
}
