import { describe, expect, it } from 'vitest';
import type { ExtractError, SourceDocument } from '../../../src/parse/document.ts';
import { extractDocument, sniffFormat } from '../../../src/parse/extract/index.ts';

const hex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};
const GBK_TITLE = hex('d5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e6');
const PNG = hex('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c50000000049454e44ae426082');

function asDoc(r: SourceDocument | ExtractError): SourceDocument {
  if (!('lines' in r)) throw new Error(r.error);
  return r;
}

describe('extractDocument(bytes, fileName)', () => {
  it('reads a GBK-encoded page declared with <meta charset=gbk>', async () => {
    const page = concat(bytesOf('<html><head><meta charset="gbk"><title>'), GBK_TITLE, bytesOf('</title></head><body><p>'), GBK_TITLE, bytesOf('</p></body></html>'));
    const doc = asDoc(await extractDocument(page, 'gbk.html'));
    expect(doc).toMatchObject({ format: 'html', title: '政府信息公开工作年度报告' });
    expect(doc.lines[0]?.cells[0]?.text).toBe('政府信息公开工作年度报告');
  });

  it('reads a UTF-8 page with a BOM', async () => {
    const doc = asDoc(await extractDocument(concat(hex('efbbbf'), bytesOf('<!DOCTYPE html><p>一、总体情况</p>')), 'bom.htm'));
    expect(doc.lines.map((l) => l.cells[0]?.text)).toEqual(['一、总体情况']);
  });

  it('sniffs HTML by its markers whatever the extension, and text otherwise', async () => {
    expect(sniffFormat(bytesOf('<html><body>x</body></html>'), 'page.txt')).toBe('html');
    const doc = asDoc(await extractDocument(concat(GBK_TITLE, bytesOf('\n\n  '), hex('d7d4c8bbc8cb'), bytesOf(' 3\n')), 'report.txt'));
    expect(doc.format).toBe('text');
    expect(doc.lines.map((l) => [l.cells[0]?.text, l.cells[0]?.pos])).toEqual([
      ['政府信息公开工作年度报告', { line: 1, offset: 0 }],
      ['自然人 3', { line: 3, offset: 2 }],
    ]);
  });

  it('refuses a file over maxBytes before parsing it', async () => {
    expect(await extractDocument(bytesOf('<p>0123456789</p>'), 'big.html', { maxBytes: 10 })).toEqual({ file: 'big.html', error: 'file too large: 17 bytes, over the limit of 10' });
  });

  it("returns 'empty file' for zero bytes", async () => {
    expect(await extractDocument(new Uint8Array(), 'a.html')).toEqual({ file: 'a.html', error: 'empty file' });
  });

  it('refuses junk bytes and a PNG renamed .pdf without throwing', async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(await extractDocument(junk, 'junk.bin')).toEqual({ file: 'junk.bin', error: 'binary content, not a report' });
    expect(await extractDocument(PNG, 'scan.pdf')).toEqual({ file: 'scan.pdf', error: 'binary content, not a report' });
  });

  it('names the missing part of a zip that is not a DOCX, and a legacy .doc', async () => {
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'readme.txt': bytesOf('hi') });
    expect(await extractDocument(zip, 'r.docx')).toEqual({ file: 'r.docx', error: 'word/document.xml missing: a zip archive, not a DOCX report' });
    const doc = concat(hex('d0cf11e0a1b11ae1'), new Uint8Array(512));
    expect(await extractDocument(doc, 'r.doc')).toMatchObject({ file: 'r.doc', error: expect.stringContaining('.doc') });
  });

  it('reports a page with no text instead of an empty document', async () => {
    expect(await extractDocument(bytesOf('<html><body><img src=a.png></body></html>'), 'img.html')).toEqual({ file: 'img.html', error: 'no text found in html document' });
  });

  it('reports a truncated zip (broken DOCX) as an error naming the file', async () => {
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'word/document.xml': bytesOf('<w:document/>'.repeat(200)) });
    const r = await extractDocument(zip.subarray(0, 60), 'cut.docx');
    expect(r).toMatchObject({ file: 'cut.docx', error: expect.any(String) });
  });
});
