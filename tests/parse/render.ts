import { T3_COLUMNS, t3OutcomeRows, t3Rows, tableKeys } from '../../src/domain/index.ts';
import type { Template } from '../../src/domain/index.ts';

/** Labels as reports print them (group labels share a line with the first sub-row). */
const T3_LABELS: Record<string, string> = {
  received_new: '一、本年新收政府信息公开申请数量', carried_over_in: '二、上年结转政府信息公开申请数量',
  granted: '三、本年度办理结果 （一）予以公开', partially_granted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  withheld_state_secret: '（三）不予公开 1.属于国家秘密', withheld_law_prohibited: '2.其他法律行政法规禁止公开',
  withheld_security_stability: '3.危及“三安全一稳定”', withheld_third_party: '4.保护第三方合法权益',
  withheld_internal_affairs: '5.属于三类内部事务信息', withheld_process_info: '6.属于四类过程性信息',
  withheld_enforcement_file: '7.属于行政执法案卷', withheld_admin_query: '8.属于行政查询事项',
  cannot_not_held: '（四）无法提供 1.本机关不掌握相关政府信息', cannot_needs_creation: '2.没有现成信息需要另行制作',
  cannot_unclear: '3.补正后申请内容仍不明确', not_processed_petition: '（五）不予处理 1.信访举报投诉类申请',
  not_processed_duplicate: '2.重复申请', not_processed_publication: '3.要求提供公开出版物',
  not_processed_excessive: '4.无正当理由大量反复申请', not_processed_confirm_reissue: '5.要求行政机关确认或重新出具已获取信息',
  other: '（六）其他处理', other_no_correction: '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  other_fee_unpaid: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', other_misc: '3.其他',
  processed_total: '（七）总计', carried_over_out: '四、结转下年度继续办理',
};

export type Style = 'pipe' | 'pdf' | 'glued';

/** Random but consistent report numbers (R3.1–R3.3, R4 hold), small like a township's. */
export function randomReport(template: Template, rnd: () => number): Record<string, number> {
  const pick = (max: number): number => (rnd() < 0.6 ? 0 : Math.floor(rnd() * max));
  const cells: Record<string, number> = {};
  for (const k of tableKeys(template, 't2')) cells[k.key] = k.col === 'yoy_change' ? pick(40) - 20 : pick(k.col === 'decisions' ? 3000 : 30);
  for (const col of T3_COLUMNS.slice(0, 6)) {
    const outcomes = t3OutcomeRows(template).map((r) => [r, col === 'natural_person' ? pick(30) : pick(3)] as const);
    const processed = outcomes.reduce((s, [, v]) => s + v, 0);
    const out = pick(3);
    const carried = Math.min(processed + out, pick(4));
    for (const [r, v] of outcomes) cells[`t3.${r}.${col}`] = v;
    Object.assign(cells, { [`t3.processed_total.${col}`]: processed, [`t3.carried_over_out.${col}`]: out });
    Object.assign(cells, { [`t3.carried_over_in.${col}`]: carried, [`t3.received_new.${col}`]: processed + out - carried });
  }
  for (const row of t3Rows(template)) cells[`t3.${row}.total`] = T3_COLUMNS.slice(0, 6).reduce((s, c) => s + (cells[`t3.${row}.${c}`] ?? 0), 0);
  for (const g of ['review', 'litigation_direct', 'litigation_after_review']) {
    const parts = ['upheld', 'corrected', 'other', 'pending'].map((c) => [c, pick(4)] as const);
    for (const [c, v] of parts) cells[`t4.${g}.${c}`] = v;
    cells[`t4.${g}.total`] = parts.reduce((s, [, v]) => s + v, 0);
  }
  return cells;
}

function rows(template: Template, cells: Record<string, number>): [string, string[]][] {
  const t2 = new Map<string, string[]>();
  for (const k of tableKeys(template, 't2')) {
    const v = cells[k.key] ?? 0;
    t2.set(k.rowLabel, [...(t2.get(k.rowLabel) ?? []), k.col === 'yoy_change' && v > 0 ? `+${v}` : String(v)]);
  }
  return [...t2];
}

/** Render a report as a pipe table, PDF lines or separator-less web textContent. */
export function renderReport(template: Template, cells: Record<string, number>, style: Style): string {
  const join = (label: string, values: string[]): string =>
    style === 'pipe' ? `${label} | ${values.join(' | ')} |` : style === 'pdf' ? `${label} ${values.join(' ')}` : `${label.replace(/ /g, '')}${values.join('')}`;
  const sep = style === 'glued' ? '' : '\n';
  const header = template === 'v2021' ? '信息内容本年制发件数本年废止件数现行有效件数' : '信息内容本年新制作数量本年新公开数量对外公开总数量上一年项目数量';
  const t2 = rows(template, cells).map(([l, v]) => join(l, v)).join(sep);
  const t3 = t3Rows(template).map((r) => join(T3_LABELS[r] ?? r, T3_COLUMNS.map((c) => String(cells[`t3.${r}.${c}`] ?? 0)))).join(sep);
  const t4 = Object.keys(cells).filter((k) => k.startsWith('t4.')).map((k) => String(cells[k])).join(style === 'glued' ? '' : ' ');
  return [
    `某某镇人民政府${template === 'v2021' ? 2021 : 2020}年政府信息公开工作年度报告`, '一、总体情况', '本年度工作有序推进。',
    '二、主动公开政府信息情况', header, t2,
    '三、收到和处理政府信息公开申请情况', '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他', t3,
    '四、政府信息公开行政复议、行政诉讼情况', '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计', t4,
    '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。',
  ].join(style === 'glued' ? '' : '\n');
}
