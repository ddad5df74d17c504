import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { ReportRecord } from '../domain/index.ts';
import type { LayoutCell, LayoutTable } from './layout.ts';
import { reportLayout } from './layout.ts';

const TABLE_TWIPS = 9000;
const FONT = { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };

const run = (text: string, size: number, bold = false): TextRun => new TextRun({ text, size, bold, font: FONT });

function docxCell(c: LayoutCell): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(c.text, 18)] })],
    verticalAlign: VerticalAlign.CENTER,
    ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
  });
}

function docxTable(t: LayoutTable): Table {
  const sum = t.widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: TABLE_TWIPS, type: WidthType.DXA },
    columnWidths: t.widths.map((w) => Math.round((w / sum) * TABLE_TWIPS)),
    rows: t.rows.map((row) => new TableRow({ children: row.map(docxCell) })),
  });
}

/** A .docx as agencies attach it: paragraphs and Word tables with the template's merged cells. */
export async function renderDocx(r: ReportRecord): Promise<Uint8Array> {
  const children = reportLayout(r).flatMap((b) => {
    if (b.kind === 'title') return [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(b.text, 36, true)] })];
    if (b.kind === 'heading') return [new Paragraph({ indent: { firstLine: 640 }, children: [run(b.text, 32, true)] })];
    if (b.kind === 'para') return [new Paragraph({ indent: { firstLine: 640 }, children: [run(b.text, 32)] })];
    return [docxTable(b.table), new Paragraph({ children: [] })];
  });
  const doc = new Document({
    creator: 'Disclosure Atlas demo generator',
    title: r.title,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
