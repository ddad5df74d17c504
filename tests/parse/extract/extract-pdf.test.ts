import { describe, expect, it } from 'vitest';
import type { ExtractError, SourceDocument } from '../../../src/parse/document.ts';
import { extractDocument, extractPdf } from '../../../src/parse/extract/index.ts';
import { cjkFontAvailable, predefinedCMapPdf, rawPdf, reportPdf, scannedPdf, T3_ROWS } from './pdf-fixtures.ts';

const PNG = Uint8Array.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c50000000049454e44ae426082'.match(/../g) ?? [],
  (b) => Number.parseInt(b, 16),
);
const PAGE_OBJECTS = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];

function asDoc(r: SourceDocument | ExtractError): SourceDocument {
  if (!('lines' in r)) throw new Error(r.error);
  return r;
}
const texts = (doc: SourceDocument): string[][] => doc.lines.map((l) => l.cells.map((c) => c.text));

describe('extractPdf(bytes, file)', () => {
  it('rebuilds table rows from positions: one cell per drawn run, lines top to bottom, "- 1 -" on its own line', async () => {
    const doc = asDoc(await extractDocument(await reportPdf({ cjk: false, pages: 1 }), 'latin.pdf'));
    expect(doc).toMatchObject({ format: 'pdf', title: 'Annual report 2021' });
    expect(texts(doc).slice(0, 4)).toEqual([
      ['Section 3 requests'],
      ['Row 1 requests', '9', '1', '0', '0', '0', '0', '10'],
      ['Row 2 requests', '0', '0', '0', '0', '0', '0', '0'],
      ['Row 3 requests', '1', '0', '0', '0', '0', '0', '1'],
    ]);
    expect(doc.lines.at(-1)).toMatchObject({ tableRow: false, cells: [{ text: '- 1 -' }] });
    expect(doc.lines.map((l) => l.tableRow).slice(0, 3)).toEqual([false, true, true]);
  });

  it('gives each cell {page, box} in points from the top-left corner', async () => {
    const doc = asDoc(await extractPdf(await reportPdf({ cjk: false, pages: 2 }), 'latin.pdf'));
    const first = doc.lines[1]?.cells[1];
    expect(first?.pos).toEqual({ page: 1, box: [300, expect.closeTo(842 - 740 - 10.5, 0), expect.any(Number), expect.closeTo(842 - 740 + 2.1, 0)] });
    expect(doc.lines.filter((l) => l.cells[0]?.text === '- 2 -').map((l) => l.cells[0]?.pos)).toMatchObject([{ page: 2 }]);
  });

  it.skipIf(!cjkFontAvailable)('reads Chinese text through an embedded CID font (needs Noto Sans CJK .ttc; skipped where it is not installed)', async () => {
    const doc = asDoc(await extractDocument(await reportPdf({ cjk: true, pages: 1 }), 'cjk.pdf'));
    expect(doc.title).toBe('某某镇人民政府2021年政府信息公开工作年度报告');
    expect(texts(doc).slice(0, 4)).toEqual([['三、收到和处理政府信息公开申请情况'], ...T3_ROWS]);
  });

  it('reads a non-embedded Chinese font through the CMaps bundled in node_modules/pdfjs-dist (no CDN)', async () => {
    const doc = asDoc(await extractDocument(predefinedCMapPdf('政府信息公开年度报告'), 'stsong.pdf'));
    expect(texts(doc)).toEqual([['政府信息公开年度报告']]);
  });

  it('says the fonts are unmapped, not "scanned", when the CMaps cannot be reached', async () => {
    expect(await extractPdf(predefinedCMapPdf('年度报告'), 'stsong.pdf', { cMapUrl: '/nonexistent/' })).toEqual({
      file: 'stsong.pdf',
      error: 'text layer unreadable: its fonts have no Unicode mapping (are the CMaps at cMapUrl reachable?)',
    });
  });

  it("refuses a PDF with only an image: 'no text layer (scanned image)'", async () => {
    expect(await extractDocument(await scannedPdf(PNG), 'scan.pdf')).toEqual({ file: 'scan.pdf', error: 'no text layer (scanned image)' });
  });

  it('reports truncated bytes as a corrupt PDF, without throwing', async () => {
    const bytes = await reportPdf({ cjk: false, pages: 2 });
    expect(await extractDocument(bytes.subarray(0, Math.floor(bytes.length / 2)), 'cut.pdf')).toEqual({ file: 'cut.pdf', error: 'corrupt PDF: Invalid PDF structure.' });
    expect(await extractDocument(new TextEncoder().encode('%PDF-1.7\n1 0 obj garbage'), 'junk.pdf')).toMatchObject({ file: 'junk.pdf', error: expect.stringMatching(/^corrupt PDF/) });
  });

  it('reports an encrypted PDF that needs a password', async () => {
    const ab = (n: number): string => `<${'ab'.repeat(n)}>`;
    const encrypted = rawPdf([...PAGE_OBJECTS, `<< /Filter /Standard /V 1 /R 2 /O ${ab(32)} /U ${ab(32)} /P -4 >>`], `/Encrypt 4 0 R /ID [${ab(16)} ${ab(16)}]`);
    expect(await extractDocument(encrypted, 'locked.pdf')).toEqual({ file: 'locked.pdf', error: 'encrypted PDF: a password is required' });
  });

  it('bounds the work: too many pages, or too much time, is an error', async () => {
    const bytes = await reportPdf({ cjk: false, pages: 3 });
    expect(await extractPdf(bytes, 'long.pdf', { maxPages: 2 })).toEqual({ file: 'long.pdf', error: 'PDF has 3 pages, over the limit of 2' });
    expect(await extractPdf(bytes, 'slow.pdf', { timeoutMs: 0 })).toEqual({ file: 'slow.pdf', error: 'PDF extraction gave up after 0 ms' });
  });
});
