import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellKeys } from '../../src/domain/index.ts';
import { parseText } from '../../src/parse/index.ts';
import type { ParsedReport } from '../../src/parse/index.ts';
import { fixturesDir } from './golden.ts';

function parseFixture(name: string): ParsedReport {
  const r = parseText(readFileSync(path.join(fixturesDir, `${name}.txt`), 'utf8'), `${name}.txt`);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('parseText(text)', () => {
  it("treats '—', '/' and '无' as null and keeps the raw text", () => {
    const r = parseFixture('nullish');
    expect(r.cells['t2.regulations.made']).toMatchObject({ value: null, raw: '—' });
    expect(r.cells['t2.coercion.decisions']).toMatchObject({ value: null, raw: '/' });
    expect(r.cells['t2.admin_fees.prev_year_items']).toMatchObject({ value: null, raw: '无' });
  });
  it('treats a blank cell as null, and a blank 总计 as not reported rather than a violation', () => {
    const r = parseFixture('blank-cells');
    expect(r.cells['t2.regulations.in_force']?.value).toBeNull();
    expect(r.cells['t3.processed_total.total']?.value).toBeNull();
    expect(r.issues.filter((i) => i.rule.startsWith('R'))).toEqual([]);
  });
  it('normalises money to 万元 and keeps the unit and raw text', () => {
    expect(parseFixture('units-in-cells').cells['t2.central_procurement.amount_wan_yuan']).toMatchObject({ value: 25.1, raw: '251000元', unit: '元' });
    expect(parseFixture('pipe-rows').cells['t2.admin_fees.amount_wan_yuan']).toMatchObject({ value: 12.5, unit: '万元' });
  });
  it('reads signed 本年增/减 including a full-width minus', () => {
    const r = parseFixture('signed-changes');
    expect([r.cells['t2.licensing.yoy_change']?.value, r.cells['t2.other_mgmt_services.yoy_change']?.value, r.cells['t2.penalty.yoy_change']?.value]).toEqual([-18, 1036, -3]);
  });
  it('decides the template per table from labels and reports mixed', () => {
    const r = parseFixture('mixed-templates');
    expect([r.template, r.tables.t2, r.tables.t3]).toEqual(['mixed', 'v2019', 'v2021']);
    expect(r.cells['t2.central_procurement.projects']?.value).toBe(3);
    expect(r.cells['t3.other_misc.total']?.value).toBe(0);
  });
  it('matches labels written with a comma instead of 、', () => {
    const text = readFileSync(path.join(fixturesDir, 'pipe-rows.txt'), 'utf8').replaceAll('、行政机关不再处理', '，行政机关不再处理');
    const r = parseText(text, 'comma.txt');
    expect(r.ok && [r.cells['t3.other_no_correction.total']?.value, r.cells['t3.other_fee_unpaid.total']?.value, r.issues]).toEqual([0, 0, []]);
  });
  it('detects v2019 from labels in a 2022 report', () => {
    expect(parseFixture('v2019-in-2022')).toMatchObject({ year: 2022, template: 'v2019' });
  });
  it('keeps agency-invented rows as extra rows, outside the keys', () => {
    const r = parseFixture('extra-rows');
    expect(r.extraRows.map((e) => [e.label, e.values])).toEqual([['其他主动公开文件', [56, 45]], ['行政检查', [0, 0, 3]], ['行政确认', [0, 0, 1]]]);
    expect(r.cells['t2.other_mgmt_services.decisions']?.value).toBeNull();
    expect(Object.keys(r.cells).sort()).toEqual(cellKeys('v2019').map((k) => k.key).sort());
  });
  it('marks a glued run the document cannot settle as ambiguous, with every candidate', () => {
    const r = parseFixture('ambiguous-run');
    expect(r.ambiguous['t3.received_new.natural_person']).toEqual([1, 11]);
    expect(r.cells['t3.received_new.natural_person']?.value).toBeNull();
    expect(r.cells['t3.received_new.total']?.value).toBe(11);
  });
  it('settles glued rows with R3.3, R3.2 and R3.1 and hands ordinals to the next label', () => {
    const r = parseFixture('glued-ordinals');
    expect(r.cells['t3.withheld_internal_affairs.natural_person']?.value).toBe(3);
    expect(r.cells['t3.processed_total.total']?.value).toBe(15);
    expect(r.cells['t4.litigation_direct.total']?.value).toBe(2);
  });
  it('reads rows split by page numbers and labels repeated after page breaks', () => {
    const r = parseFixture('page-numbers');
    expect(r.cells['t3.cannot_not_held.total']?.value).toBe(2);
    expect(r.cells['t3.processed_total.total']?.value).toBe(15);
    expect(r.issues).toEqual([]);
  });
  it('reads Traditional characters and radical look-alikes', () => {
    expect(parseFixture('traditional').cells['t3.granted.total']?.value).toBe(7);
    expect(parseFixture('radicals')).toMatchObject({ agency: '某某乡人民政府', template: 'v2019' });
  });
  it("reports the source's own hard-rule violations and never fixes them", () => {
    const r = parseFixture('violations');
    expect(r.issues.map((i) => i.rule).sort()).toEqual(['R3.1', 'R3.3', 'R4.1']);
    expect(r.cells['t3.received_new.total']?.value).toBe(15);
  });
  it('takes the year from the title, never from body dates', () => {
    const text = '周湾镇2021年政府信息公开工作年度报告\n统计期限自202111日起至20211230日止。\n二、主动公开政府信息情况\n第二十条第(一)项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0';
    expect(parseText(text, 'a.txt')).toMatchObject({ ok: true, agency: '周湾镇', year: 2021, template: 'v2021' });
  });
  it('reports a missing section 三 as truncation', () => {
    const r = parseText('二、主动公开政府信息情况\n第二十条第(一)项\n信息内容 本年制发件数\n规章 0 0 0', 'x-2022.txt');
    expect(r.ok && r.issues.some((i) => i.message === 'section 三 missing: truncated?')).toBe(true);
  });
  it('returns a structured error for a text that is not an annual report', () => {
    expect(parseFixture.bind(null, 'not-a-report')).toThrow('not an annual report');
    expect(parseText('', 'scan.txt')).toEqual({ ok: false, file: 'scan.txt', error: 'empty document: no text' });
  });
  it('returns ok:false rather than throwing on binary junk', () => {
    const junk = String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7919) % 65536));
    expect(() => parseText(junk, 'junk.txt')).not.toThrow();
  });
});

describe('parseText(text) never guesses', () => {
  const t3 = (row: string): string =>
    `三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 ${row}\n（六）其他处理 0 0 0 0 0 0 0\n（七）总计 0 0 0 0 0 0 0`;
  it('leaves a spaced row with a missing cell blank instead of splitting a number', () => {
    const r = parseText(t3('12 0 0 0 0 0'), 'a-2020.txt');
    expect(r.ok && r.cells['t3.received_new.natural_person']?.value).toBeNull();
    expect(r.ok && r.issues.some((i) => i.rule === 'row-shape')).toBe(true);
  });
  it('keeps prose with figures out of rows and extra rows', () => {
    const t2 = '二、主动公开政府信息情况\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n';
    const r = parseText(`${t2}共制发规范性文件3件,废止1件。行政规范性文件 3 1 20\n说明:其中行政许可12件,处罚3件`, 'a-2021.txt');
    expect(r.ok && [r.cells['t2.normative_docs.issued']?.value, r.cells['t2.licensing.decisions']?.value, r.extraRows]).toEqual([3, null, []]);
  });
  it('does not call a v2021 table truncated after （六）其他处理 a v2019 one', () => {
    const t2 = '二、主动公开政府信息情况\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n';
    const r = parseText(t2 + '三、收到和处理政府信息公开申请情况\n（五）不予处理 1.信访举报投诉类申请 0 0 0 0 0 0 0\n（六）其他处理', 'a-2021.txt');
    expect(r.ok ? r.tables : 'failed').toEqual({ t2: 'v2021' });
  });
});

describe('parseText(text) t4', () => {
  const t2 = '二、主动公开政府信息情况\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n';
  it('reads t4 printed as three labelled rows of five', () => {
    const t4 = '四、政府信息公开行政复议、行政诉讼情况\n结果维持 结果纠正 其他结果 尚未审结 总计\n行政复议 1 0 1 0 2\n未经复议直接起诉 0 1 0 1 2\n复议后起诉 0 0 0 0 0\n五、存在的主要问题及改进情况\n2021年问题3个';
    const r = parseText(t2 + t4, 'a-2021.txt');
    expect(r.ok && [r.cells['t4.review.total']?.value, r.cells['t4.litigation_direct.pending']?.value]).toEqual([2, 1]);
  });
  it('does not take narrative numbers after a short t4 row', () => {
    const r = parseText(`${t2}四、政府信息公开行政复议、行政诉讼情况\n行政复议 1 0 1 0 2\n2021年，我局共有3件`, 'a-2021.txt');
    expect(r.ok && r.cells['t4.review.total']?.value).toBeNull();
  });
});
