import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.ts';
import type { SourceDocument, SourceLine } from '../../src/parse/index.ts';

let y = 0;
const row = (...texts: string[]): SourceLine => {
  y += 20;
  return { tableRow: true, cells: texts.map((text, i) => ({ text, pos: { page: 1, box: [i * 40, y, i * 40 + 40, y + 20] } })) };
};
const para = (text: string): SourceLine => ({ tableRow: false, cells: [{ text, pos: { page: 1, box: [0, (y += 20), 500, y + 20] } }] });

const zeros = (n: number): string[] => Array.from({ length: n }, () => '0');

/** An HTML-like document: one cell per <td>, a row-spanning group label only on its first sub-row. */
function htmlDoc(): SourceDocument {
  const lines: SourceLine[] = [
    para('某某区人民政府办公室2021年政府信息公开工作年度报告'),
    para('二、主动公开政府信息情况'),
    row('第二十条第（一）项'),
    row('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
    row('规章', '0', '0', '0'),
    row('行政规范性文件', '4', '1', '37'),
    row('第二十条第（五）项'),
    row('信息内容', '本年处理决定数量'),
    row('行政许可', '1,234'),
    para('三、收到和处理政府信息公开申请情况'),
    row('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'),
    row('自然人', '法人或其他组织', '总计'),
    row('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'),
    row('一、本年新收政府信息公开申请数量', '9', '1', '0', '0', '0', '0', '10'),
    row('二、上年结转政府信息公开申请数量', ...zeros(7)),
    row('三、本年度办理结果', '（一）予以公开', '9', '1', '0', '0', '0', '0', '10'),
    row('（三）不予公开', '1.属于国家秘密', ...zeros(7)),
    row('2.其他法律行政法规禁止公开', ...zeros(7)),
    row('（七）总计', '9', '1', '0', '0', '0', '0', '10'),
    row('四、结转下年度继续办理', ...zeros(7)),
  ];
  return { file: 'office.html', format: 'html', lines };
}

describe('parseDocument(doc)', () => {
  it('reads table rows whose cells the source kept apart, with their page positions', () => {
    const r = parseDocument(htmlDoc());
    if (!r.ok) throw new Error(r.error);
    expect(r).toMatchObject({ agency: '某某区人民政府办公室', year: 2021, template: 'v2021' });
    expect(r.cells['t2.normative_docs.in_force']).toMatchObject({ value: 37, source: { page: 1 } });
    expect(r.cells['t3.granted.total']?.value).toBe(10);
    expect(r.cells['t3.withheld_state_secret.total']?.value).toBe(0);
  });
  it("reads a thousands separator: '1,234' is 1234", () => {
    const r = parseDocument(htmlDoc());
    expect(r.ok && r.cells["t2.licensing.decisions"]?.value).toBe(1234);
  });
  it('returns ok:false instead of throwing on a malformed document', () => {
    const bad = { file: 'x', format: 'pdf', lines: [{ tableRow: false, cells: [{ text: null }] }] } as unknown as SourceDocument;
    expect(parseDocument(bad)).toMatchObject({ ok: false, file: 'x' });
  });
});
