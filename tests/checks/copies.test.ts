import { describe, expect, it } from 'vitest';
import { C2_MIN_CHARS, checkAcross } from '../../src/checks/index.ts';
import { makeRecord, rulesOf } from './factories.ts';

const same = { 't2.licensing.decisions': 512 };

describe('checkAcross C1 (identical figures)', () => {
  it('checkAcross flags C1 on the later of two years with identical numbers, pointing at the original', () => {
    const findings = checkAcross([makeRecord({ year: 2023, cells: same }), makeRecord({ year: 2022, cells: same })]);
    expect(findings).toEqual([expect.objectContaining({
      rule: 'C1', reportId: '示范省/演示市/样例县/青石镇人民政府|2023', relatedReportId: '示范省/演示市/样例县/青石镇人民政府|2022',
      messageZh: '全部 19 个非零数字与本机关 2022 年报告完全相同（C1）',
    })]);
    expect(findings[0]?.cells).toContain('t3.received_new.total');
  });

  it('checkAcross flags C1 across agencies in the same year, naming the other agency', () => {
    const other = { id: '示范省/演示市/样例县/白沙镇人民政府', name: '白沙镇人民政府' };
    const findings = checkAcross([makeRecord({ cells: same }), makeRecord({ agency: other, cells: same })]);
    expect(findings.map((f) => [f.reportId, f.messageZh])).toEqual([
      ['示范省/演示市/样例县/青石镇人民政府|2022', '全部 19 个非零数字与白沙镇人民政府 2022 年报告完全相同（C1）'],
    ]);
  });

  it('checkAcross passes C1 when one number differs', () => {
    expect(checkAcross([makeRecord({ year: 2021, cells: same }), makeRecord({ year: 2022, cells: { ...same, 't2.penalty.decisions': 1 } })])).toEqual([]);
  });

  it('checkAcross ignores near-empty reports under C1 (tiny townships repeat zeros and ones)', () => {
    const tiny = Object.fromEntries(Object.keys(makeRecord().cells).map((k) => [k, 0]));
    const oneRequest = { ...tiny, 't3.received_new.natural_person': 1, 't3.received_new.total': 1, 't3.granted.natural_person': 1, 't3.granted.total': 1, 't3.processed_total.natural_person': 1, 't3.processed_total.total': 1 };
    expect(checkAcross([makeRecord({ year: 2021, cells: tiny }), makeRecord({ year: 2022, cells: tiny })])).toEqual([]);
    expect(checkAcross([makeRecord({ year: 2021, cells: oneRequest }), makeRecord({ year: 2022, cells: oneRequest })])).toEqual([]);
  });
});

const paragraph = (seed: number): string => {
  const phrases = ['加强组织领导', '完善公开制度', '深化重点领域信息公开', '规范依申请公开办理', '强化政策解读', '加强平台建设', '做好监督保障', '提升公开质量', '回应社会关切', '优化营商环境'];
  return Array.from({ length: 40 }, (_, i) => `${phrases[(i * seed + i) % phrases.length]}第${(i * 7 + seed) % 13}项工作，`).join('');
};

describe('checkAcross C2 (near-identical narrative)', () => {
  it('checkAcross flags C2 when a narrative repeats last year’s with only the numbers and the year changed', () => {
    const text = paragraph(3);
    expect(text.length).toBeGreaterThan(C2_MIN_CHARS);
    const a = makeRecord({ year: 2021, narrative: { overview: `2021年，青石镇人民政府${text}` } });
    const b = makeRecord({ year: 2022, narrative: { overview: `2022年，青石镇人民政府${text.replace(/\d+/gu, '9')}` } });
    const findings = checkAcross([b, a]);
    expect(findings).toEqual([expect.objectContaining({
      rule: 'C2', reportId: '示范省/演示市/样例县/青石镇人民政府|2022', relatedReportId: '示范省/演示市/样例县/青石镇人民政府|2021',
      messageZh: '正文与本机关 2021 年报告的相似度为 100%（C2）', actual: 1,
    })]);
  });

  it('checkAcross flags C2 across agencies even when the agency name was swapped', () => {
    const text = paragraph(5);
    const other = { id: 'x/白沙镇人民政府', name: '白沙镇人民政府' };
    const a = makeRecord({ narrative: { overview: `青石镇人民政府${text}青石镇人民政府` } });
    const b = makeRecord({ agency: other, narrative: { overview: `白沙镇人民政府${text}白沙镇人民政府` } });
    expect(rulesOf(checkAcross([a, b]))).toEqual(['C2']);
  });

  it('checkAcross passes C2 on different narratives and ignores short ones', () => {
    const a = makeRecord({ year: 2021, narrative: { overview: paragraph(3) } });
    const b = makeRecord({ year: 2022, narrative: { overview: paragraph(4) } });
    expect(checkAcross([a, b])).toEqual([]);
    const short = '本年度未收到政府信息公开申请，未发生行政复议、行政诉讼。';
    expect(checkAcross([makeRecord({ year: 2021, narrative: { overview: short } }), makeRecord({ year: 2022, narrative: { overview: short } })])).toEqual([]);
  });
});
