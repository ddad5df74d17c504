import { describe, expect, it } from 'vitest';
import { checkAcross } from '../../src/checks/index.ts';
import { makeRecord, rulesOf } from './factories.ts';

describe('checkAcross X1 (carry-over between years)', () => {
  it("checkAcross passes X1 when this year's 上年结转 equals last year's 结转下年度", () => {
    expect(checkAcross([makeRecord({ year: 2021 }), makeRecord({ year: 2022 })])).toEqual([]);
  });

  it('checkAcross flags X1 per column, naming both years and both cells', () => {
    const prev = makeRecord({ year: 2021, cells: { 't3.carried_over_out.natural_person': 2, 't3.carried_over_out.total': 2, 't3.processed_total.natural_person': 2, 't3.processed_total.total': 3, 't3.granted.natural_person': 1, 't3.granted.total': 1 } });
    const findings = checkAcross([makeRecord({ year: 2022 }), prev]);
    expect(rulesOf(findings)).toEqual(['X1', 'X1']);
    expect(findings[0]).toMatchObject({
      reportId: '示范省/演示市/样例县/青石镇人民政府|2022',
      relatedReportId: '示范省/演示市/样例县/青石镇人民政府|2021',
      cells: ['t3.carried_over_in.natural_person'], expected: 2, actual: 1, severity: 'warning',
      messageZh: '2022年 二、上年结转 自然人 = 1，但2021年 四、结转下年度继续办理 自然人 = 2（X1）',
      messageEn: '2022 carried_over_in natural_person = 1 but 2021 carried_over_out natural_person = 2 (X1)',
    });
  });

  it('checkAcross compares consecutive years only and one agency only', () => {
    const odd = { 't3.carried_over_in.natural_person': 0, 't3.carried_over_in.total': 0, 't3.received_new.natural_person': 4, 't3.received_new.total': 5 };
    expect(checkAcross([makeRecord({ year: 2020 }), makeRecord({ year: 2022, cells: odd })])).toEqual([]);
    const other = makeRecord({ year: 2022, agency: { id: 'x', name: '白沙镇人民政府' }, cells: odd });
    expect(checkAcross([makeRecord({ year: 2021 }), other])).toEqual([]);
    expect(rulesOf(checkAcross([makeRecord({ year: 2021 }), makeRecord({ year: 2022, cells: odd })]))).toEqual(['X1', 'X1']);
  });

  it('checkAcross compares carry-over across templates (a v2019 year then a v2021 year)', () => {
    const odd = { 't3.carried_over_in.natural_person': 0, 't3.carried_over_in.total': 0, 't3.received_new.natural_person': 4, 't3.received_new.total': 5 };
    const findings = checkAcross([makeRecord({ template: 'v2019', year: 2020 }), makeRecord({ template: 'v2021', year: 2021, cells: odd })]);
    expect(rulesOf(findings)).toEqual(['X1', 'X1']);
  });
});

describe('checkAcross X2 (v2021 documents in force)', () => {
  const docs = (year: number, issued: number, repealed: number, inForce: number) =>
    makeRecord({ year, cells: { 't2.normative_docs.issued': issued, 't2.normative_docs.repealed': repealed, 't2.normative_docs.in_force': inForce } });

  it('checkAcross passes X2 when in_force follows from last year plus issued minus repealed', () => {
    expect(checkAcross([docs(2021, 4, 0, 40), docs(2022, 5, 2, 43)])).toEqual([]);
  });

  it('checkAcross flags X2 with the arithmetic in the message', () => {
    const findings = checkAcross([docs(2021, 4, 0, 40), docs(2022, 5, 2, 55)]);
    expect(findings).toEqual([expect.objectContaining({
      rule: 'X2', expected: 43, actual: 55, cells: ['t2.normative_docs.in_force', 't2.normative_docs.issued', 't2.normative_docs.repealed'],
      messageZh: '2022年 行政规范性文件 现行有效件数 = 55，但上年 40 + 本年制发 5 − 本年废止 2 = 43（X2）',
    })]);
  });

  it('checkAcross skips X2 when either year is on the v2019 table', () => {
    const old = makeRecord({ template: 'v2019', year: 2021 });
    expect(checkAcross([old, docs(2022, 5, 2, 55)])).toEqual([]);
  });
});

describe('checkAcross X3 (v2019 item counts)', () => {
  const items = (year: number, prev: number, change: number) =>
    makeRecord({ template: 'v2019', year, cells: { 't2.penalty.prev_year_items': prev, 't2.penalty.yoy_change': change } });

  it('checkAcross passes X3 when prev_year_items(N) = prev_year_items(N−1) + yoy_change(N−1)', () => {
    expect(checkAcross([items(2019, 40, -3), items(2020, 37, 0)])).toEqual([]);
  });

  it('checkAcross flags X3 naming last year’s count and change', () => {
    const findings = checkAcross([items(2019, 40, -3), items(2020, 40, 0)]);
    expect(findings).toEqual([expect.objectContaining({
      rule: 'X3', expected: 37, actual: 40, cells: ['t2.penalty.prev_year_items'],
      messageZh: '2020年 行政处罚 上一年项目数量 = 40，但2019年 40 − 3（本年增/减）= 37（X3）',
    })]);
  });
});
