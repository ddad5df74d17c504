import { describe, expect, it } from 'vitest';
import { t2Groups, t3Columns, t3Layout, t4Layout } from '../../../src/features/report/layout.ts';
import { cellDetail, formatCell } from '../../../src/features/report/cell-detail.ts';
import { DICT } from '../../../src/features/report/dictionary.ts';

const t = (key: keyof (typeof DICT)['zh'], vars: Record<string, string | number> = {}) =>
  DICT.zh[key].replace(/\{(\w+)\}/g, (_, n: string) => String(vars[n]));

describe('report layout', () => {
  it('t2Groups(template) gives the 第二十条 sub-tables in template order', () => {
    expect(t2Groups('v2019').map((g) => [g.caption, g.rows.length, g.cols.length])).toEqual([
      ['第二十条第（一）项', 2, 3],
      ['第二十条第（五）项', 2, 3],
      ['第二十条第（六）项', 2, 3],
      ['第二十条第（八）项', 1, 2],
      ['第二十条第（九）项', 1, 2],
    ]);
    expect(t2Groups('v2021').map((g) => g.caption)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    expect(t2Groups('v2019')[1]?.cols.map((c) => c.label)).toEqual(['上一年项目数量', '本年增/减', '处理决定数量']);
  });

  it('t3Layout(template) splits grouped labels and spans each group over its sub-rows', () => {
    const v2019 = t3Layout('v2019');
    const v2021 = t3Layout('v2021');
    expect([v2019.length, v2021.length]).toEqual([23, 25]);
    const withheld = v2019.filter((r) => r.group === '（三）不予公开');
    expect(withheld.map((r) => r.groupSpan)).toEqual([8, 0, 0, 0, 0, 0, 0, 0]);
    expect(withheld[0]?.label).toBe('1.属于国家秘密');
    expect(v2021.filter((r) => r.group === '（六）其他处理').map((r) => r.label)).toHaveLength(3);
    expect(v2019.find((r) => r.row === 'other')).toMatchObject({ group: null, label: '（六）其他处理', section: 'outcome' });
    expect(v2019.map((r) => r.section).filter((s) => s !== 'outcome')).toEqual(['top', 'top', 'bottom']);
    expect(t3Columns('v2021').map((c) => c.label)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
  });

  it('t4Layout(template) names the three groups and five columns', () => {
    const l = t4Layout('v2021');
    expect(l.groups.map((g) => g.label)).toEqual(['行政复议', '未经复议直接起诉', '复议后起诉']);
    expect(l.cols.map((c) => c.label)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
  });
});

describe('cell details', () => {
  it('formatCell(value, signed) leaves a blank cell blank and signs yearly changes', () => {
    expect(formatCell(null, false)).toBe('');
    expect(formatCell(0, false)).toBe('0');
    expect(formatCell(5, true)).toBe('+5');
    expect(formatCell(-18, true)).toBe('-18');
    expect(formatCell(24252.311082, false)).toBe('24252.311082');
  });

  it('cellDetail(...) names the raw text, unit, candidates and findings', () => {
    const money = cellDetail('t2.central_procurement.amount_wan_yuan', { key: 'x', value: 25.1, raw: '251000元', unit: '元' }, undefined, [], t, 'zh');
    expect(money).toEqual(['单元格：t2.central_procurement.amount_wan_yuan', '原文：“251000元”', '单位：元']);
    const ambiguous = cellDetail('t3.received_new.total', { key: 'x', value: null, raw: '330', unit: null }, [3, 30], [], t, 'zh');
    expect(ambiguous.at(-1)).toBe('无法确定 · 候选值：3 / 30');
    const blank = cellDetail('t3.granted.total', undefined, undefined, [
      { rule: 'R3.2', severity: 'error', cells: [], expected: null, actual: null, messageZh: '办理结果之和不等于总计', messageEn: '', relatedReportId: null },
    ], t, 'zh');
    expect(blank.slice(1)).toEqual(['原文：（空白）', '空白（未填报，不计为 0）', 'R3.2 错误：办理结果之和不等于总计']);
  });
});
