import { describe, expect, it } from 'vitest';
import { labelFixes, rules, sectionKeywords, t2Rows, t3RowRules, tableAnchors, templateMarkers } from '../../src/parse/rules.ts';

const matches = (re: RegExp, s: string): boolean => new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(s);

describe('rules', () => {
  it('metaField reads a crawler header line', () => {
    expect(rules.metaField.exec('标题: 平潭综合实验区2021年度报告')?.[2]).toBe('平潭综合实验区2021年度报告');
    expect(matches(rules.metaField, '一、总体情况')).toBe(false);
  });
  it('metaEnd ends the crawler header', () => {
    expect(matches(rules.metaEnd, '==================== 正文 ====================')).toBe(true);
  });
  it('pipeOnly matches spacer lines, not pipe rows', () => {
    expect(['|', '|||', ' | ||||'].every((s) => matches(rules.pipeOnly, s))).toBe(true);
    expect(matches(rules.pipeOnly, '规章 | 0 |')).toBe(false);
  });
  it('pageNumber matches "- 1 -", "第 2 页" and "3/10" only', () => {
    expect(['- 1 -', '—12—', '第 2 页', '第3页,共9页', '3/10'].every((s) => matches(rules.pageNumber, s))).toBe(true);
    expect(['1', '0 0 0', '-18'].some((s) => matches(rules.pageNumber, s))).toBe(false);
  });
  it('nullish matches —, /, 无 as a whole cell', () => {
    expect(['—', '——', '/', '无', '-', '－'].every((s) => matches(rules.nullish, s))).toBe(true);
    expect(['无其他', '0', '本年增/减'].some((s) => matches(rules.nullish, s))).toBe(false);
  });
  it('number reads signs, decimals and money units', () => {
    const at = (s: string): string | undefined => {
      rules.number.lastIndex = 0;
      return rules.number.exec(s)?.[0];
    };
    expect([at('-18'), at('+1036'), at('24252.311082'), at('1646.5万元'), at('251000 元'), at('1,234')]).toEqual(['-18', '+1036', '24252.311082', '1646.5万元', '251000 元', '1,234']);
  });
  it('headingNumeral finds "二、" but not "(二)"', () => {
    expect([...'建设。二、主动公开(二)依申请'.matchAll(rules.headingNumeral)].map((m) => m.index)).toEqual([3]);
  });
  it('title reads the year of a report title', () => {
    expect(rules.title.exec('下冶镇人民政府2020年政府信息公开工作年度报告')?.[1]).toBe('2020');
    expect(rules.title.exec('关于2021年度政府信息公开工作的年度报告')?.[1]).toBe('2021');
    expect(matches(rules.title, '2021年工作总结')).toBe(false);
  });
  it('titleJunk strips a mirror-site domain and 关于', () => {
    expect('puroview.com东城街道'.replace(rules.titleJunk, '')).toBe('东城街道');
  });
  it('extraRow recognises agency-invented rows', () => {
    expect(['行政检查', '行政确认', '其他主动公开文件'].every((s) => matches(rules.extraRow, s))).toBe(true);
    expect(matches(rules.extraRow, '其他对外管理服务事项')).toBe(false);
  });
  it('unitWan and unitYuan find money units', () => {
    expect(matches(rules.unitWan, '采购总金额(万元)')).toBe(true);
    expect(matches(rules.unitYuan, '251000元')).toBe(true);
  });
  it('sectionKeywords need the section word after the numeral', () => {
    expect(sectionKeywords[2]?.test('二、行政机关主动公开政府信息情况')).toBe(true);
    expect(sectionKeywords[4]?.test('四、结转下年度继续办理')).toBe(false);
  });
  it('templateMarkers tell v2019 and v2021 labels apart', () => {
    expect(matches(templateMarkers.t2v2021, '本年制发件数')).toBe(true);
    expect(matches(templateMarkers.t2v2019, '本年增/减')).toBe(true);
    expect(matches(templateMarkers.t3v2021, '1.申请人无正当理由逾期不补正')).toBe(true);
    expect(matches(templateMarkers.t3v2019, '(六)其他处理')).toBe(true);
  });
  it('tableAnchors start tables without headings', () => {
    expect(matches(tableAnchors.t2, '第二十条第(一)项')).toBe(true);
    expect(matches(tableAnchors.t3, '(本列数据的勾稽关系为')).toBe(true);
    expect(matches(tableAnchors.t4, '行政复议')).toBe(true);
  });
  it('labelFixes rewrite typos and variants', () => {
    const fix = (s: string): string => labelFixes.reduce((t, [re, to]) => t.replace(re, to), s);
    expect(fix('本年增\\减')).toBe('本年增/减');
    expect(fix('属于四类过程性性信息')).toBe('属于四类过程性信息');
    expect(fix('现行有效件')).toBe('现行有效件数');
    expect(fix('行政法复议')).toBe('行政复议');
    expect(fix('本年新 公开数量')).toBe('本年新公开数量');
  });
  it('t2Rows and t3RowRules match each template label', () => {
    expect(t2Rows.v2019.find((r) => r.row === 'central_procurement')?.re.test('政府集中采购')).toBe(true);
    const v21 = t3RowRules.v2021;
    expect(v21.find((r) => r.row === 'other_misc')?.re.test('3.其他')).toBe(true);
    expect(v21.find((r) => r.row === 'processed_total')?.re.test('(七)总计')).toBe(true);
    expect(v21.find((r) => r.row === 'withheld_security_stability')?.re.test('3.危及"三安全一稳定"')).toBe(true);
  });
  it('every rule stays fast on long adversarial input (no catastrophic backtracking)', () => {
    const inputs = ['a.'.repeat(5000), '1'.repeat(10_000), '-'.repeat(10_000), `${'2020年'.repeat(2000)}x`, `${'|'.repeat(10_000)}x`];
    const all = [...Object.values(rules), ...Object.values(sectionKeywords), ...Object.values(templateMarkers), ...Object.values(tableAnchors)];
    for (const re of all) {
      const start = performance.now();
      for (const input of inputs) new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(input);
      // A hang guard, not a speed target: backtracking blows up by orders of magnitude, not by 5×.
      expect(performance.now() - start, re.source).toBeLessThan(1000);
    }
  });
});

