import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { ExtractError, SourceDocument } from '../../../src/parse/document.ts';
import { extractDocument, extractDocx } from '../../../src/parse/extract/index.ts';

const cell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}): TableCell =>
  new TableCell({ children: [new Paragraph(text)], ...span });
const row = (...cells: TableCell[]): TableRow => new TableRow({ children: cells });
const nums = (...xs: string[]): TableCell[] => xs.map((x) => cell(x));

async function reportDocx(): Promise<Uint8Array> {
  const table = new Table({
    rows: [
      row(cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { columnSpan: 3, rowSpan: 2 }), cell('申请人情况', { columnSpan: 7 })),
      row(...nums('自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计')),
      row(cell('一、本年新收政府信息公开申请数量', { columnSpan: 3 }), ...nums('9', '1', '', '0', '0', '0', '10')),
      row(cell('三、本年度办理结果', { rowSpan: 3 }), cell('（三）不予公开', { rowSpan: 2 }), cell('1.属于国家秘密'), ...nums('0', '0', '0', '0', '0', '0', '0')),
      row(new TableCell({ children: [new Paragraph({ children: [new TextRun('2.其他法律行政'), new TextRun({ text: '法规禁止公开', break: 1 })] })] }), ...nums('1', '0', '0', '0', '0', '0', '1')),
      row(cell('（七）总计', { columnSpan: 2 }), ...nums('9', '1', '0', '0', '0', '0', '10')),
    ],
  });
  const doc = new Document({
    title: '某某县市场监督管理局2021年政府信息公开工作年度报告',
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('某某县市场监督管理局'), new TextRun('2021年政府信息公开工作年度报告')] }),
          new Paragraph({ children: [new TextRun('三、收到和处理'), new TextRun({ text: '政府信息公开申请情况', break: 1 })] }),
          table,
          new Paragraph({ children: [new TextRun('六、其他需要报告的事项'), new TextRun({ text: '\t无。' })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function asDoc(r: SourceDocument | ExtractError): SourceDocument {
  if (!('lines' in r)) throw new Error(r.error);
  return r;
}

describe('extractDocx(bytes, file)', () => {
  it('reads a real .docx: title from docProps/core.xml, paragraphs, w:br splits, merged cells once at their origin', async () => {
    const doc = asDoc(await extractDocument(await reportDocx(), 'report.docx'));
    expect(doc).toMatchObject({ format: 'docx', title: '某某县市场监督管理局2021年政府信息公开工作年度报告' });
    expect(doc.lines.map((l) => [l.tableRow, ...l.cells.map((c) => c.text)])).toEqual([
      [false, '某某县市场监督管理局2021年政府信息公开工作年度报告'],
      [false, '三、收到和处理'],
      [false, '政府信息公开申请情况'],
      [true, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
      [true, '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
      [true, '一、本年新收政府信息公开申请数量', '9', '1', '', '0', '0', '0', '10'],
      [true, '三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0'],
      [true, '2.其他法律行政 法规禁止公开', '1', '0', '0', '0', '0', '0', '1'],
      [true, '（七）总计', '9', '1', '0', '0', '0', '0', '10'],
      [false, '六、其他需要报告的事项 无。'],
    ]);
  });

  it('puts the 7 numbers of every t3 row at grid columns 3–9 (vMerge continuation cells are skipped)', async () => {
    const doc = asDoc(await extractDocument(await reportDocx(), 'report.docx'));
    for (const line of doc.lines.slice(5, 9)) expect(line.cells.slice(-7).map((c) => 'offset' in c.pos && c.pos.offset)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('names word/document.xml when the archive lacks it', async () => {
    const { zipSync } = await import('fflate');
    expect(extractDocx(zipSync({ 'docProps/core.xml': new Uint8Array(1) }), 'x.docx')).toEqual({ file: 'x.docx', error: 'word/document.xml missing (not a Word document)' });
  });
});
