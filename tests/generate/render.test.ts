import { unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/domain/index.ts';
import {
  findCjkFont,
  generateCounty,
  HEADINGS,
  renderDocx,
  renderHtml,
  renderPdf,
  renderPdfText,
  renderPipeText,
  renderWebText,
} from '../../src/generate/index.ts';

const demo = generateCounty();
const pick = (name: string, year: number): ReportRecord => {
  const r = demo.reports.find((x) => x.agency.name === name && x.year === year);
  if (!r) throw new Error(`${name} ${year}`);
  return r;
};
const CASES: [string, ReportRecord][] = [
  ['v2019 township', pick('城关镇人民政府', 2019)],
  ['v2021 department', pick('样例县公安局', 2023)],
  ['township stuck on v2019 in 2022', pick('红旗乡人民政府', 2022)],
  ['mixed report', pick('柳林乡人民政府', 2022)],
  ['blank outcome totals', pick('样例县水利局', 2021)],
  ['blank procurement, v2019', pick('白沙镇人民政府', 2020)],
  ['county aggregate', pick('样例县', 2022)],
  ['report with agency-added rows', pick('样例县农业农村局', 2020)],
];

const nfkc = (s: string) => s.normalize('NFKC');
const captions = (r: ReportRecord) => (r.tables.t2 === 'v2019' ? ['（一）', '（五）', '（六）', '（八）', '（九）'] : ['（一）', '（五）', '（六）', '（八）']).map((n) => `第二十条第${n}项`);

/** Title, six headings, t2 captions, t3 and t4 labels, and every non-null cell as printed. */
function expectComplete(text: string, r: ReportRecord): void {
  const t = nfkc(text);
  expect(t).toContain(nfkc(r.title));
  for (const h of Object.values(HEADINGS)) expect(t).toContain(nfkc(h));
  for (const c of captions(r)) expect(t).toContain(nfkc(c));
  for (const label of ['自然人', '商业', '（三）', '不予公开', '（七）总计', '四、结转下年度继续办理', '行政复议', '复议后起诉']) expect(t).toContain(nfkc(label));
  const missing = Object.entries(r.cells).filter(([, c]) => c.value !== null && !t.includes(nfkc(c.raw)));
  expect(missing).toEqual([]);
  for (const x of r.extraRows) expect(t).toContain(x.label);
}

describe.each(CASES)('renderings of a %s', (_, r) => {
  it('renderPdfText: one row per line, wrapped labels, group label sharing the line with sub-row 1, page numbers', () => {
    const text = renderPdfText(r);
    expectComplete(text, r);
    const lines = text.split('\n');
    expect(lines.some((l) => l.startsWith('（三）不予公开 1.属于国家秘密'))).toBe(true);
    expect(lines).toContain('- 2 -');
    expect(text).toMatch(/\n\n\n- 2 -\n\n\n/);
    expect(lines).toContain('维');
    const t4 = ['review', 'litigation_direct', 'litigation_after_review'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => r.cells[`t4.${g}.${c}`]?.raw));
    expect(lines).toContain(t4.join(' '));
  });

  it('renderWebText: crawler header and cells with no separators', () => {
    const text = renderWebText(r);
    expectComplete(text, r);
    expect(text.startsWith(`标题: ${r.title}\n`)).toBe(true);
    const row = ['natural_person', 'commercial_enterprise', 'research_institution', 'public_welfare_org', 'legal_service_org', 'other_org', 'total'].map((c) => r.cells[`t3.received_new.${c}`]?.raw).join('');
    expect(text).toContain(`一、本年新收政府信息公开申请数量${row}二、`);
  });

  it('renderPipeText: ` | ` between cells and spacer cells', () => {
    const text = renderPipeText(r);
    expectComplete(text, r);
    expect(text).toContain('第二十条第(一)项 | | | |');
    expect(text).toMatch(/\n规章 \| [^|]* \| [^|]* \| [^|]* \|\n/);
  });

  it('renderHtml: a real table with the template\'s rowspan and colspan; blank cells as &nbsp;', () => {
    const html = renderHtml(r);
    const text = html.replace(/<[^>]+>/g, '\n').replaceAll('&nbsp;', '').replaceAll('&amp;', '&');
    expectComplete(text, r);
    expect(html).toContain(`<title>${r.title}</title>`);
    expect(html).toMatch(/<td rowspan="8"[^>]*><p[^>]*><span>（三）不予公开<\/span>/);
    expect(html).toContain(`rowspan="${r.tables.t3 === 'v2019' ? 20 : 22}"`);
    expect(html).toContain('colspan="10"');
    const blanks = Object.values(r.cells).filter((c) => c.value === null).length;
    expect((html.match(/&nbsp;/g) ?? []).length).toBe(blanks);
  });

  it('renderDocx: a zip with word/document.xml holding every figure and merged cells', async () => {
    const bytes = await renderDocx(r);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const files = unzipSync(bytes);
    const xml = new TextDecoder().decode(files['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '\n');
    expectComplete(text, r);
    expect(xml).toContain('w:vMerge');
    expect(xml).toContain('w:gridSpan');
  });
});

const font = findCjkFont();

describe('renderPdf(record, font)', () => {
  it.skipIf(!font)('writes a PDF in the CJK font (skipped when no CJK font is installed: apt-get install fonts-noto-cjk)', async () => {
    if (!font) return;
    const bytes = await renderPdf(pick('样例县自然资源局', 2020), font);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.length).toBeLessThan(2_000_000);
  });

  it.skipIf(!font)('lays out text that pdf.js extracts: title, headings, every figure, page numbers', async () => {
    if (!font) return;
    const r = pick('样例县公安局', 2023);
    // verbosity 0: fontkit's CFF subset makes pdf.js warn about the font program; the text layer is intact.
    const doc = await getDocument({ data: await renderPdf(r, font), verbosity: 0 }).promise;
    const items: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      for (const item of content.items) if ('str' in item && item.str.trim()) items.push(item.str);
    }
    expect(items[0]).toBe(r.title);
    for (const h of Object.values(HEADINGS)) expect(items).toContain(h);
    expect(items).toContain('- 1 -');
    const missing = Object.values(r.cells).filter((c) => c.value !== null && !items.includes(c.raw));
    expect(missing).toEqual([]);
  });
});
