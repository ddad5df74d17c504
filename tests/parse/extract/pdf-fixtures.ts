import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';

/** Noto Sans CJK ships as a .ttc collection; fontkit opens one face of it when given its PostScript name. */
const CJK_TTC = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const cjkFontAvailable = existsSync(CJK_TTC);

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
const scFace: Fontkit = { create: (data: Uint8Array) => (fontkit as unknown as { create: (d: Uint8Array, name: string) => ReturnType<Fontkit['create']> }).create(data, 'NotoSansCJKsc-Regular') };

export const T3_ROWS: string[][] = [
  ['一、本年新收政府信息公开申请数量', '9', '1', '0', '0', '0', '0', '10'],
  ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0'],
  ['四、结转下年度继续办理', '1', '0', '0', '0', '0', '0', '1'],
];

/** Draws a label column at x=40 and 7 number columns 40 pt apart from x=300, one row every 20 pt. */
export function drawTable(page: PDFPage, font: PDFFont, rows: string[][], top: number): void {
  rows.forEach((cells, r) =>
    cells.forEach((text, c) => page.drawText(text, { x: c === 0 ? 40 : 260 + c * 40, y: top - r * 20, size: 10.5, font })),
  );
}

/** A report page: a title, a table, and a "- n -" page number at the foot. */
export async function reportPdf(options: { cjk: boolean; pages: number }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(options.cjk ? '某某镇人民政府2021年政府信息公开工作年度报告' : 'Annual report 2021');
  let font: PDFFont;
  if (options.cjk) {
    doc.registerFontkit(scFace);
    font = await doc.embedFont(readFileSync(CJK_TTC), { subset: true });
  } else {
    font = await doc.embedFont(StandardFonts.Helvetica);
  }
  const rows = options.cjk ? T3_ROWS : T3_ROWS.map(([, ...n], i) => [`Row ${i + 1} requests`, ...n]);
  for (let p = 1; p <= options.pages; p += 1) {
    const page = doc.addPage([595, 842]);
    page.drawText(options.cjk ? '三、收到和处理政府信息公开申请情况' : 'Section 3 requests', { x: 40, y: 780, size: 16, font });
    for (let block = 0; block < 10; block += 1) drawTable(page, font, rows, 740 - block * 66);
    page.drawText(`- ${p} -`, { x: 285, y: 30, size: 10, font });
  }
  return doc.save();
}

/** A one-page PDF holding only a picture, as a scanner makes. */
export async function scannedPdf(png: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save();
}

/** A hand-written PDF (classic xref table) from object bodies; `trailer` adds trailer entries. */
export function rawPdf(objects: string[], trailer = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A page in STSong-Light, a font every Chinese PDF reader must supply, encoded with the predefined UniGB-UCS2-H CMap. */
export function predefinedCMapPdf(text: string): Uint8Array {
  const codes = [...text].map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('');
  const content = `BT /F1 12 Tf 50 800 Td <${codes}> Tj ET`;
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}
