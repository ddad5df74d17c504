import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../src/domain/index.ts';
import { parseFile } from '../../src/parse/index.ts';
import { randomReport, renderReport } from './render.ts';
import { mulberry32 } from '../../src/generate/index.ts';

const CJK_TTC = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
const scFace: Fontkit = {
  create: (data: Uint8Array) => (fontkit as unknown as { create: (d: Uint8Array, name: string) => ReturnType<Fontkit['create']> }).create(data, 'NotoSansCJKsc-Regular'),
};

/** Lay a PDF-style rendering out as a PDF: labels at the left, numbers in columns, 45 lines a page, "- n -" footers. */
async function reportPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(scFace);
  const font = await doc.embedFont(readFileSync(CJK_TTC), { subset: true });
  const lines = text.split('\n');
  for (let p = 0; p * 45 < lines.length; p++) {
    const page = doc.addPage([595, 842]);
    lines.slice(p * 45, p * 45 + 45).forEach((line, i) => {
      const y = 800 - i * 17;
      const m = /^(.*?[^\d\s+-])((?:\s+[+-]?\d+(?:\.\d+)?元?)+)$/.exec(line);
      if (!m) return page.drawText(line.slice(0, 60), { x: 40, y, size: 7, font });
      page.drawText(m[1] ?? '', { x: 40, y, size: 6, font });
      (m[2] ?? '').trim().split(/\s+/).forEach((n, c) => page.drawText(n, { x: 330 + c * 36, y, size: 7, font }));
    });
    page.drawText(`- ${p + 1} -`, { x: 290, y: 30, size: 9, font });
  }
  return doc.save();
}


describe.skipIf(!existsSync(CJK_TTC))('parseFile(PDF of a rendered report)', () => {
  it.each(['v2019', 'v2021'] as Template[])('reads every %s cell exactly through pdf.js extraction', async (template) => {
    const cells = randomReport(template, mulberry32(template === 'v2019' ? 11 : 12));
    const r = await parseFile(await reportPdf(renderReport(template, cells, 'pdf')), `report-${template}.pdf`);
    if (!r.ok) throw new Error(r.error);
    expect(r.template).toBe(template);
    const values = Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value]));
    expect(values).toEqual(cells);
  });
});
