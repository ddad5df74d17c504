import { describe, expect, it } from 'vitest';
import { checkAcross, checkReport } from '../../src/checks/index.ts';
import { makeRecord, rulesOf } from './factories.ts';

describe('checkReport P1 (规章 at county level or below)', () => {
  it('checkReport flags P1 when a township reports 规章, naming the cells', () => {
    const findings = checkReport(makeRecord({ cells: { 't2.regulations.in_force': 6 } }));
    expect(findings).toEqual([expect.objectContaining({
      rule: 'P1', severity: 'warning', cells: ['t2.regulations.in_force'], expected: 0, actual: 6,
      messageZh: '青石镇人民政府为县级及以下机关，无权制定规章，但 规章 现行有效件数 = 6（P1）',
      messageEn: 'a county-level or lower agency cannot make regulations, but regulations in_force = 6 (P1)',
    })]);
  });

  it('checkReport flags P1 on the v2019 columns too', () => {
    const findings = checkReport(makeRecord({ template: 'v2019', agency: { kind: 'department' }, cells: { 't2.regulations.made': 1 } }));
    expect(rulesOf(findings)).toEqual(['P1']);
  });

  it('checkReport passes P1 when 规章 cells are zero or blank', () => {
    expect(checkReport(makeRecord({ cells: { 't2.regulations.in_force': null } }))).toEqual([]);
  });

  it('checkReport skips P1 for a government above county level (no county), which may make 规章', () => {
    const city = { kind: 'jurisdiction' as const, county: '', id: '示范省/演示市', name: '演示市' };
    expect(checkReport(makeRecord({ agency: city, cells: { 't2.regulations.in_force': 12 } }))).toEqual([]);
    const street = { kind: 'street' as const, county: '' };
    expect(rulesOf(checkReport(makeRecord({ agency: street, cells: { 't2.regulations.in_force': 1 } })))).toEqual(['P1']);
  });
});

describe('checkAcross P2 (元/万元 confusion)', () => {
  const fees = (values: (number | null)[]) =>
    values.map((v, i) => makeRecord({ year: 2021 + i, cells: { 't2.admin_fees.amount_wan_yuan': v } }));

  it('checkAcross flags P2 when one year is 10⁴ times the agency median', () => {
    const findings = checkAcross(fees([3.5, 4.1, 35000, 2.9])).filter((f) => f.rule === 'P2');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ reportId: '示范省/演示市/样例县/青石镇人民政府|2023', cells: ['t2.admin_fees.amount_wan_yuan'], actual: 35000, expected: 3.5 });
    expect(findings[0]?.messageZh).toBe('行政事业性收费 本年收费金额（单位：万元） = 35000 万元，是本机关其他年度中位数 3.5 万元的 10000 倍，疑为元/万元混淆（P2）');
  });

  it('checkAcross flags P2 downwards too (万元 figure written as 元 divided twice)', () => {
    const findings = checkAcross(fees([120, 0.012, 150, 90])).filter((f) => f.rule === 'P2');
    expect(findings.map((f) => f.reportId.endsWith('|2022'))).toEqual([true]);
  });

  it('checkAcross passes P2 on ordinary year-to-year variation and zero years', () => {
    expect(checkAcross(fees([0.5, 30, 0, 4, null]))).toEqual([]);
  });

  it('checkAcross needs two other non-zero years before P2 can tell which year is off', () => {
    expect(checkAcross(fees([3.5, 35000]))).toEqual([]);
  });

  it('checkAcross compares procurement money of v2019 reports and never across agencies', () => {
    const r = (year: number, amount: number, name = '青石镇人民政府') =>
      makeRecord({ template: 'v2019', year, agency: { id: name, name }, cells: { 't2.central_procurement.amount_wan_yuan': amount } });
    expect(rulesOf(checkAcross([r(2019, 41), r(2020, 410000), r(2018, 38)]))).toEqual(['P2']);
    expect(checkAcross([r(2019, 41), r(2020, 410000, '白沙镇人民政府'), r(2018, 38)])).toEqual([]);
  });
});
