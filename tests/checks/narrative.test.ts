import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/checks/index.ts';
import { makeRecord, rulesOf } from './factories.ts';

describe('checkReport N1 (narrative figures vs tables)', () => {
  const overview = (text: string) => ({ overview: text });

  it('checkReport passes N1 when the overview quotes the tables', () => {
    const text = '2022年，本镇共收到政府信息公开申请4件，上年结转1件，办结4件，结转下年度继续办理1件。因政府信息公开申请被申请行政复议1件，被提起行政诉讼0件。';
    expect(checkReport(makeRecord({ narrative: overview(text) }))).toEqual([]);
  });

  it('checkReport accepts a received count that includes the carry-over', () => {
    expect(checkReport(makeRecord({ narrative: overview('共收到政府信息公开申请5件（含上年结转1件）') }))).toEqual([]);
  });

  it('checkReport flags N1 when the overview quotes a different figure, naming the phrase and the cell', () => {
    const findings = checkReport(makeRecord({ narrative: { 一: '本年度共收到政府信息公开申请7件，办结4件。' } }));
    expect(findings).toEqual([expect.objectContaining({
      rule: 'N1', severity: 'warning', cells: ['t3.received_new.total'], expected: 4, actual: 7,
      messageZh: '正文“收到政府信息公开申请7件”为 7，但表格本年新收申请 = 4（N1）',
      messageEn: 'the narrative quotes "收到政府信息公开申请7件" = 7 but the table\'s t3.received_new.total = 4 (N1)',
    })]);
  });

  it('checkReport flags N1 for review and suit counts', () => {
    const text = '因政府信息公开申请被申请行政复议3件，被提起行政诉讼2件。';
    const findings = checkReport(makeRecord({ narrative: overview(text) }));
    expect(rulesOf(findings)).toEqual(['N1', 'N1']);
    expect(findings.map((f) => f.cells[0])).toEqual(['t4.review.total', 't4.litigation_direct.total']);
  });

  it('checkReport skips N1 when the table cell is blank', () => {
    const r = makeRecord({ cells: { 't3.received_new.total': null }, narrative: overview('共收到政府信息公开申请7件') });
    expect(checkReport(r)).toEqual([]);
  });
});
