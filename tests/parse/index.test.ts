import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, parseFile } from '../../src/parse/index.ts';
import { fixturesDir } from './golden.ts';

const utf8 = readFileSync(path.join(fixturesDir, 'pipe-rows.txt'));

describe('parseFile(bytes, fileName)', () => {
  it('decodes GBK text files', async () => {
    const r = await parseFile(new Uint8Array(readFileSync(path.join(fixturesDir, 'encoded', 'pipe-rows.gbk'))), 'a.txt');
    expect(r).toMatchObject({ ok: true, agency: '某某县某某局', template: 'v2021' });
  });
  it('decodes UTF-8 with a BOM', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeText(bytes).startsWith('某某县')).toBe(true);
    expect(await parseFile(bytes, 'a.TXT')).toMatchObject({ ok: true, year: 2022 });
  });
  it('passes extraction errors through as ok:false', async () => {
    expect(await parseFile(new Uint8Array([1, 2, 3]), 'a.docx')).toMatchObject({ ok: false, file: 'a.docx' });
    expect(await parseFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'scan.png')).toMatchObject({ ok: false, file: 'scan.png' });
    expect(await parseFile(new Uint8Array(), 'empty.pdf')).toEqual({ ok: false, file: 'empty.pdf', error: 'empty file' });
  });
  it('reads an HTML page through extraction', async () => {
    const rows = [['规章', '0', '0', '0'], ['行政规范性文件', '4', '1', '37']].map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`);
    const html = `<html><head><title>某某镇2021年政府信息公开工作年度报告</title></head><body><p>二、主动公开政府信息情况</p><table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>${rows.join('')}</table></body></html>`;
    const r = await parseFile(new TextEncoder().encode(html), 'report.html');
    expect(r).toMatchObject({ ok: true, agency: '某某镇', year: 2021, template: 'v2021' });
    expect(r.ok && r.cells['t2.normative_docs.in_force']?.value).toBe(37);
  });
});
