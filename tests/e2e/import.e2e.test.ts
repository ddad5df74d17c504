import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { initSync, Table as PqTable, writeParquet } from 'parquet-wasm/esm';
import type { Row } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { exportParquet } from '../../src/export/parquet.ts';
import { loadDataset } from '../../src/load/index.ts';
import { predefinedCMapPdf, scannedPdf } from '../parse/extract/pdf-fixtures.ts';
import { guardedPage, launchBrowser } from './browser.ts';

const CORPUS = '../shared/corpus';
const hasCorpus = existsSync(`${CORPUS}/expected/xiaye-town-2020.json`);
const baseUrl = inject('baseUrl');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c50000000049454e44ae426082',
  'hex',
);

interface Expected {
  agency: string;
  year: number;
  cells: Record<string, number | null>;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Playwright takes buffers under 50 MB only, and never mixed with paths: every test file goes to disk.
const scratch = mkdtempSync(join(tmpdir(), 'atlas-import-'));
const upload = (name: string, bytes: Buffer | Uint8Array): string => {
  writeFileSync(join(scratch, name), bytes);
  return join(scratch, name);
};

async function pick(page: Page, files: string[]): Promise<void> {
  await page.goto(`${baseUrl}?v=import`);
  const input = page.getByTestId('import-files');
  await input.waitFor({ state: 'attached', timeout: 120_000 });
  await input.setInputFiles(files);
  await page.getByTestId('review-item').first().waitFor({ timeout: 120_000 });
}

const item = (page: Page, path: string) => page.locator(`[data-testid="review-item"][data-path="${path}"]`);

/** GBK bytes of a text, by inverting the browser-standard GBK decoder over every two-byte code. */
function toGbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const map = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = decoder.decode(Uint8Array.of(a, b));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else out.push(...(map.get(ch) ?? [0x3f]));
  }
  return Buffer.from(out);
}

/** The t3 and t4 values the report page shows, by cell key. */
async function shownCells(page: Page, reportId: string): Promise<Record<string, number | null>> {
  await page.goto(`${baseUrl}?v=report&ds=imported&report=${encodeURIComponent(reportId)}`);
  await page.getByTestId('t3').waitFor({ timeout: 120_000 });
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-testid="t3"] td[data-key], [data-testid="t4"] td[data-key]')].map((td) => {
        const text = (td.querySelector('.value')?.textContent ?? '').replace(/,/g, '').trim();
        return [td.dataset.key ?? '', text === '' ? null : Number(text)];
      }),
    ),
  );
}

// Every finding in one line: count and a hash of them all (the SQL console shows it).
const FINDINGS_DIGEST = `SELECT count(*) || ' ' || md5(string_agg(concat_ws('|', report_id, rule, severity, array_to_string(cells, ','), expected, actual, message_zh, message_en, related_report_id), chr(10) ORDER BY report_id, rule, message_en, related_report_id)) AS digest FROM findings`;

/** The findings digest, in this page (the app goes on with its database) or after loading the page anew. */
async function findingsDigest(page: Page, how: 'in place' | 'reloaded'): Promise<string | null> {
  const search = `?v=sql&q=${encodeURIComponent(FINDINGS_DIGEST)}`;
  if (how === 'reloaded') await page.goto(`${baseUrl}${search}`);
  else await page.evaluate((s) => (history.pushState(null, '', s), dispatchEvent(new PopStateEvent('popstate'))), search);
  const cell = page.locator('[data-testid=sql-grid] [aria-rowindex="2"] [role=gridcell]').first();
  await cell.waitFor({ timeout: 120_000 });
  return cell.textContent();
}

describe.skipIf(!hasCorpus)('import of the complete corpus reports in a real browser', () => {
  const reports = [
    { file: 'xiaye-town-2020.txt', id: '///下冶镇人民政府|2020' },
    { file: 'pingtan-2021.txt', id: '福建省//平潭综合实验区/平潭综合实验区|2021' },
  ];

  it('parses in a worker, replaces the built-in copies, shows the expected figures, and keeps them after a reload', { timeout: 400_000 }, async () => {
    const { page, errors, external, context } = await guardedPage(browser);
    await pick(page, reports.map((r) => upload(r.file, readFileSync(`${CORPUS}/${r.file}`))));
    for (const r of reports) {
      const review = item(page, r.file);
      await expect(review.getByTestId('duplicate').textContent()).resolves.toContain('已载入同一机关同一年度');
      await review.locator('select[data-field="policy"]').selectOption('replace');
    }
    await expect(item(page, 'pingtan-2021.txt').getByTestId('cells-found').textContent()).resolves.toBe('197');
    await page.screenshot({ path: '.tmp/import-review.png', fullPage: true });
    await page.getByRole('button', { name: '载入 2 份' }).click();
    await expect(page.getByTestId('import-summary').filter({ hasText: '完成' }).textContent()).resolves.toContain('2 份已载入，0 份失败');
    await expect(page.getByTestId('import-workspace').textContent()).resolves.toContain('本机已保存 2 份');
    await page.screenshot({ path: '.tmp/import-loaded.png', fullPage: true });
    // The import updated the findings from the reports it touched; a reload checks everything anew.
    const updated = await findingsDigest(page, 'in place');
    expect(Number(updated?.split(' ')[0])).toBeGreaterThan(10);
    expect(await findingsDigest(page, 'reloaded')).toBe(updated);
    for (const pass of ['loaded', 'reloaded']) {
      for (const r of reports) {
        const expected = JSON.parse(readFileSync(`${CORPUS}/expected/${r.file.replace('.txt', '.json')}`, 'utf8')) as Expected;
        const want = Object.fromEntries(Object.entries(expected.cells).filter(([k]) => !k.startsWith('t2.')));
        expect({ pass, cells: await shownCells(page, r.id) }).toEqual({ pass, cells: want });
      }
    }
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});

/** The corpus reports (data/samples) as the SQL console exports them to Parquet, agencies renamed so they are new. */
async function samplesAsParquet(rename: Record<string, string>): Promise<Record<'agencies' | 'reports' | 'cells', Uint8Array>> {
  initSync({ module: readFileSync('node_modules/parquet-wasm/esm/parquet_wasm_bg.wasm') });
  const db = await createNodeConnector();
  const csv = (name: string) => new Uint8Array(readFileSync(`data/samples/${name}.csv`));
  await loadDataset(db, 'samples', { agencies: csv('agencies'), reports: csv('reports'), cells: csv('cells') });
  const renamed = (v: unknown) => (typeof v === 'string' ? Object.entries(rename).reduce((s, [a, b]) => s.replaceAll(a, b), v) : v);
  const out: Record<string, Uint8Array> = {};
  for (const table of ['agencies', 'reports', 'cells']) {
    const result = await db.send(`SELECT * FROM ${table}`);
    const rows = result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c.name, renamed(r[i])])) as Row);
    out[table] = exportParquet({ Table: PqTable, writeParquet }, rows);
  }
  return out as Record<'agencies' | 'reports' | 'cells', Uint8Array>;
}

describe.skipIf(!hasCorpus)('Parquet tables in our schema in a real browser', () => {
  const rename = { 平潭: '岚岛', 下冶: '上冶' };
  const reports = [
    { expected: 'xiaye-town-2020.json', id: '///上冶镇人民政府|2020' },
    { expected: 'pingtan-2021.json', id: '福建省//岚岛综合实验区/岚岛综合实验区|2021' },
  ];

  it('imports the corpus reports exported as Parquet with their figures; a corrupt Parquet file is named and loses nothing', { timeout: 400_000 }, async () => {
    const tables = await samplesAsParquet(rename);
    const dir = mkdtempSync(join(tmpdir(), 'atlas-parquet-'));
    const paths = Object.entries(tables).map(([t, bytes]) => (writeFileSync(join(dir, `${t}.parquet`), bytes), join(dir, `${t}.parquet`)));
    const { page, errors, external, context } = await guardedPage(browser);
    await pick(page, paths);
    await expect(page.getByTestId('review-item').getAttribute('data-status')).resolves.toBe('tables');
    await page.getByRole('button', { name: '载入 1 份' }).click();
    await expect(page.getByTestId('import-summary').filter({ hasText: '完成' }).textContent()).resolves.toContain('1 份已载入，0 份失败');
    const figures = async (pass: string) => {
      for (const r of reports) {
        const expected = JSON.parse(readFileSync(`${CORPUS}/expected/${r.expected}`, 'utf8')) as Expected;
        const want = Object.fromEntries(Object.entries(expected.cells).filter(([k]) => !k.startsWith('t2.')));
        expect({ pass, cells: await shownCells(page, r.id) }).toEqual({ pass, cells: want });
      }
    };
    await figures('loaded');

    const bad = mkdtempSync(join(tmpdir(), 'atlas-parquet-bad-'));
    const corrupt = Buffer.from(tables.cells.subarray(0, tables.cells.length / 2));
    corrupt.set(Buffer.from('PAR1'), corrupt.length - 4);
    const other = await samplesAsParquet({ ...rename, 岚岛: '丙岛', 上冶: '丙冶' });
    const badPaths = { agencies: other.agencies, reports: other.reports, cells: corrupt };
    await pick(page, Object.entries(badPaths).map(([t, bytes]) => (writeFileSync(join(bad, `${t}.parquet`), bytes), join(bad, `${t}.parquet`))));
    const message = await page.getByTestId('review-item').locator('.import-error').textContent();
    expect(message).toContain('cells.parquet: not a readable Parquet file');
    await expect(page.getByRole('button', { name: /^载入 \d+ 份$/ }).isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('import-workspace').textContent()).resolves.toContain('本机已保存 1 份');
    await figures('after the corrupt file');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});

describe('bad input in a real browser', () => {
  it('names each bad file with a clear message and loads nothing of it', { timeout: 300_000 }, async () => {
    const { page, errors, external, context } = await guardedPage(browser);
    const files = [
      upload('empty.txt', Buffer.alloc(0)),
      upload('junk.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))),
      upload('huge.pdf', Buffer.alloc(50 * 1024 * 1024, 0x20)),
      upload('scanned.pdf', await scannedPdf(PNG)),
      upload('photo.png', PNG),
      upload('stsong.pdf', predefinedCMapPdf('某某镇人民政府2021年政府信息公开工作年度报告')),
    ];
    if (hasCorpus) {
      const xiaye = readFileSync(`${CORPUS}/xiaye-town-2020.txt`, 'utf8');
      // Renamed so that only the batch itself, not the built-in samples, holds the first copy.
      const pingtan = Buffer.from(readFileSync(`${CORPUS}/pingtan-2021.txt`, 'utf8').replaceAll('平潭', '海坛'));
      files.push(upload('gbk-xiaye.txt', toGbk(xiaye)), upload('truncated-xiaye.txt', Buffer.from(xiaye.slice(0, xiaye.length / 2))));
      files.push(upload('pingtan-a.txt', pingtan), upload('pingtan-b.txt', pingtan));
    }
    await pick(page, files);
    const message = (path: string) => item(page, path).locator('.import-error').textContent();
    await expect(message('empty.txt')).resolves.toBe('空文件。');
    await expect(message('junk.txt')).resolves.toContain('binary content, not a report');
    await expect(message('huge.pdf')).resolves.toContain('文件过大（50.0 MB，上限 50 MB）');
    await expect(message('scanned.pdf')).resolves.toContain('no text layer (scanned image)');
    await expect(message('photo.png')).resolves.toContain('不支持的文件类型（.png）');
    await expect(message('stsong.pdf')).resolves.toContain('not an annual report');
    if (hasCorpus) {
      await expect(item(page, 'gbk-xiaye.txt').locator('input[data-field="name"]').inputValue()).resolves.toBe('下冶镇人民政府');
      await expect(item(page, 'gbk-xiaye.txt').getByTestId('cells-found').textContent()).resolves.toBe('198');
      await expect(item(page, 'truncated-xiaye.txt').getByTestId('truncated').textContent()).resolves.toContain('t3, t4');
      await expect(item(page, 'pingtan-b.txt').getByTestId('duplicate').textContent()).resolves.toContain('本批中已有');
    }
    await page.screenshot({ path: '.tmp/import-bad.png', fullPage: true });
    if (hasCorpus) {
      const cell = item(page, 'pingtan-a.txt').locator('li[data-key="t2.normative_docs.issued"]');
      await cell.getByRole('combobox').selectOption('6');
      await cell.getByPlaceholder('理由').fill('原文 6 件');
      await cell.getByRole('button', { name: '确定' }).click();
      await page.getByRole('button', { name: '载入 1 份' }).click();
      await expect(page.getByTestId('import-summary').filter({ hasText: '完成' }).textContent()).resolves.toContain('1 份已载入，0 份失败');
      // A new report (the figures of 平潭 2021 under another name: a copy) updates the findings as a full recheck would.
      const updated = await findingsDigest(page, 'in place');
      expect(await findingsDigest(page, 'reloaded')).toBe(updated);
      await page.goto(`${baseUrl}?v=report&ds=imported&report=${encodeURIComponent('//海坛综合实验区/海坛综合实验区|2021')}`);
      const issued = page.locator('td[data-key="t2.normative_docs.issued"] .value');
      await issued.waitFor({ timeout: 120_000 });
      await expect(issued.textContent()).resolves.toBe('6');
    }
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('reads files dropped on the drop zone like picked ones', { timeout: 300_000 }, async () => {
    const { page, errors, context } = await guardedPage(browser);
    await page.goto(`${baseUrl}?v=import`);
    const zone = page.getByTestId('import-drop');
    await zone.waitFor({ timeout: 120_000 });
    await zone.evaluate((el) => {
      const data = new DataTransfer();
      data.items.add(new File([''], 'dropped-empty.txt'));
      data.items.add(new File(['<b>not a report</b>'], 'notes.xlsx'));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect(item(page, 'dropped-empty.txt').locator('.import-error').textContent({ timeout: 120_000 })).resolves.toBe('空文件。');
    await expect(item(page, 'notes.xlsx').locator('.import-error').textContent()).resolves.toContain('不支持的文件类型（.xlsx）');
    await expect(page.locator('.import-view b').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
