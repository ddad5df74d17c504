import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/checks/index.ts';
import { makeRecord, rulesOf } from './factories.ts';

const hard = (options: Parameters<typeof makeRecord>[0]) =>
  checkReport(makeRecord(options)).filter((f) => f.severity === 'error');

describe('checkReport hard rules', () => {
  it.each(['v2019', 'v2021'] as const)('checkReport finds nothing in a consistent %s report', (template) => {
    expect(checkReport(makeRecord({ template }))).toEqual([]);
  });

  it('checkReport flags R0 for a negative or fractional count, naming the cell and the raw text', () => {
    const findings = hard({ cells: { 't2.penalty.decisions': -3, 't2.licensing.decisions': 2.5 } });
    expect(rulesOf(findings)).toEqual(['R0', 'R0']);
    expect(findings.map((f) => f.messageZh)).toEqual([
      '行政许可 本年处理决定数量 = 2.5，不是非负整数（R0）',
      '行政处罚 本年处理决定数量 = -3，不是非负整数（R0）',
    ]);
    expect(findings[1]).toMatchObject({ cells: ['t2.penalty.decisions'], actual: -3 });
  });

  it('checkReport accepts a signed 本年增/减 and fractional money under R0, but not negative money', () => {
    expect(hard({ template: 'v2019', cells: { 't2.penalty.yoy_change': -18, 't2.central_procurement.amount_wan_yuan': 1646.5 } })).toEqual([]);
    const [f] = hard({ cells: { 't2.admin_fees.amount_wan_yuan': -1.5 } });
    expect(f?.messageEn).toBe('admin_fees amount_wan_yuan = -1.5 is negative (R0)');
  });

  it('checkReport flags R3.1 when intake and outcome plus carry-over differ in a column', () => {
    const findings = hard({ cells: { 't3.carried_over_out.natural_person': 2, 't3.carried_over_out.total': 2 } });
    expect(rulesOf(findings)).toEqual(['R3.1', 'R3.1']);
    expect(findings[0]).toMatchObject({
      cells: ['t3.received_new.natural_person', 't3.carried_over_in.natural_person', 't3.processed_total.natural_person', 't3.carried_over_out.natural_person'],
      expected: 5,
      actual: 4,
      messageZh: '一、本年新收 自然人 + 二、上年结转 自然人 = 4，但（七）总计 自然人 + 四、结转下年度继续办理 自然人 = 5（R3.1）',
      messageEn: 'received_new + carried_over_in (natural_person) = 4 but processed_total + carried_over_out = 5 (R3.1)',
    });
  });

  it('checkReport flags R3.2 when outcome rows do not add up', () => {
    const findings = hard({ cells: { 't3.granted.natural_person': 1, 't3.granted.total': 1 } });
    expect(rulesOf(findings)).toEqual(['R3.2', 'R3.2']);
    expect(findings[0]).toMatchObject({
      rule: 'R3.2', expected: 2, actual: 3,
      messageZh: '（七）总计 自然人 = 3，但各办理结果之和 = 2（R3.2）',
      messageEn: 'processed_total natural_person = 3 but outcome rows sum to 2 (R3.2)',
    });
    expect(findings[0]?.cells[0]).toBe('t3.processed_total.natural_person');
    expect(findings[0]?.cells).toContain('t3.other_misc.natural_person');
  });

  it('checkReport counts every v2021 （六） sub-row and the single v2019 （六） row under R3.2', () => {
    const v2021 = { 't3.other_fee_unpaid.natural_person': 1, 't3.other_fee_unpaid.total': 1 };
    expect(rulesOf(hard({ template: 'v2021', cells: v2021 }))).toEqual(['R3.2', 'R3.2']);
    const v2019 = { 't3.other.natural_person': 1, 't3.other.total': 1 };
    expect(rulesOf(hard({ template: 'v2019', cells: v2019 }))).toEqual(['R3.2', 'R3.2']);
  });

  it('checkReport flags R3.3 when a row total is not the sum of the six applicant columns', () => {
    const findings = hard({ cells: { 't3.granted.total': 3, 't3.processed_total.total': 5, 't3.received_new.total': 5 } });
    expect(rulesOf(findings)).toEqual(['R3.3', 'R3.3', 'R3.3']);
    expect(findings.map((f) => f.messageZh)).toContain('（一）予以公开 总计 = 3，但六类申请人之和 = 2（R3.3）');
    expect(findings.map((f) => f.messageEn)).toContain('granted total = 3 but the six applicant columns sum to 2 (R3.3)');
  });

  it('checkReport treats a blank total on an outcome row as not reported, not an R3.3 violation', () => {
    expect(hard({ cells: { 't3.granted.total': null, 't3.partially_granted.total': null, 't3.cannot_not_held.total': null } })).toEqual([]);
  });

  it('checkReport leaves a rule not applicable when a blank cell could make it hold', () => {
    expect(hard({ cells: { 't3.granted.natural_person': null, 't3.granted.total': null } })).toEqual([]);
  });

  it('checkReport still flags R3.2 when the known outcome cells alone exceed the total', () => {
    const findings = hard({ cells: { 't3.granted.natural_person': null, 't3.partially_granted.natural_person': 4, 't3.partially_granted.total': 4, 't3.granted.total': null } });
    expect(findings.map((f) => f.messageZh)).toContain('（七）总计 自然人 = 3，但各办理结果之和 ≥ 4（R3.2；空白单元格按 ≥ 0 计）');
    expect(findings.find((f) => f.rule === 'R3.2')).toMatchObject({ expected: null, actual: 3 });
  });

  it('checkReport uses the candidates of an ambiguous cell as its range', () => {
    const cells = { 't3.granted.natural_person': null };
    expect(hard({ cells, ambiguous: { 't3.granted.natural_person': [2, 20] } })).toEqual([]);
    const findings = hard({ cells, ambiguous: { 't3.granted.natural_person': [7, 20] } });
    expect(findings.map((f) => f.messageZh)).toContain('（七）总计 自然人 = 3，但各办理结果之和 ∈ [8, 21]（R3.2；空白单元格按 ≥ 0 计）');
  });

  it.each([
    ['R4.1', 'review', '行政复议 总计 = 2，但结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 1（R4.1）'],
    ['R4.2', 'litigation_direct', '行政诉讼 未经复议直接起诉 总计 = 2，但结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 0（R4.2）'],
    ['R4.3', 'litigation_after_review', '行政诉讼 复议后起诉 总计 = 2，但结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 0（R4.3）'],
  ])('checkReport flags %s when the %s group does not add up', (rule, group, zh) => {
    const findings = hard({ cells: { [`t4.${group}.total`]: 2 } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule, messageZh: zh, cells: [`t4.${group}.total`, `t4.${group}.upheld`, `t4.${group}.corrected`, `t4.${group}.other`, `t4.${group}.pending`] });
  });

  it('checkReport takes each table its own template in a mixed report', () => {
    const r = makeRecord({ template: 'v2021', cells: { 't3.other_misc.natural_person': 1, 't3.other_misc.total': 1 } });
    r.template = 'mixed';
    r.tables = { t2: 'v2019', t3: 'v2021', t4: 'v2021' };
    expect(rulesOf(checkReport(r))).toEqual(['R3.2', 'R3.2']);
  });

  it('checkReport sets reportId to agency id and year', () => {
    const [f] = hard({ year: 2023, cells: { 't4.review.total': 2 } });
    expect(f?.reportId).toBe('示范省/演示市/样例县/青石镇人民政府|2023');
  });
});
