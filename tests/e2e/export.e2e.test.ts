import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as pq from 'parquet-wasm/node';
import { tableFromIPC } from 'apache-arrow';
import type { Browser, Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { readSheet } from 'read-excel-file/node';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Connector, Row } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { loadDataset } from '../../src/load/index.ts';
import { INDICATORS } from '../../src/indicators/index.ts';
import { indicatorRowsSql } from '../../src/export/rows.ts';
import { agencyTableSql, summableFilters } from '../../src/queries/index.ts';
import type { GuardedPage } from './browser.ts';
import { guardedPage, launchBrowser } from './browser.ts';

let browser: Browser;
let db: Connector;
let guarded: GuardedPage;
const baseUrl = inject('baseUrl');
const OUT = '.tmp/export-e2e';
const demo = { dataset: 'demo', years: [] as number[], kinds: [] };
const dataFile = (name: string) => new Uint8Array(readFileSync(`data/demo/${name}.csv`));

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
  db = await createNodeConnector();
  await loadDataset(db, 'demo', { agencies: dataFile('agencies'), reports: dataFile('reports'), cells: dataFile('cells') });
  guarded = await guardedPage(browser, { width: 1280, height: 1000 });
  await guarded.page.goto(`${baseUrl}?v=print`);
  await guarded.page.getByTestId('print-chart').first().waitFor({ timeout: 90_000 });
});
afterAll(async () => {
  await guarded?.context.close();
  await browser?.close();
});

/** Open the export dialog of the n-th chart of the brief (0: requests by kind, 1: new requests trend). */
async function openDialog(page: Page, nth = 1) {
  await page.getByRole('button', { name: /^导出“/ }).nth(nth).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '下载' }).waitFor({ timeout: 30_000 });
  return dialog;
}

async function save(download: Download): Promise<{ name: string; bytes: Buffer }> {
  const name = download.suggestedFilename();
  const path = `${OUT}/${name}`;
  await download.saveAs(path);
  return { name, bytes: readFileSync(path) };
}

async function exportAs(format: string, setup?: (d: Awaited<ReturnType<typeof openDialog>>) => Promise<void>, nth = 1) {
  const { page } = guarded;
  const dialog = await openDialog(page, nth);
  try {
    await dialog.getByRole('radio', { name: format }).check();
    await setup?.(dialog);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: '下载' }).click()]);
    return await save(download);
  } finally {
    // A failed export leaves its message in the dialog: show it, then close so the next test starts clean.
    const status = await dialog.getByRole('status').textContent();
    if (status?.startsWith('导出失败')) console.error(status);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }
}

const trendRows = () => db.query(indicatorRowsSql(summableFilters(demo), ['received_new'], 'year', 'zh'));

function titleInk(png: PNG, scale: number): number {
  let dark = 0;
  for (let y = Math.round(12 * scale); y < Math.round(40 * scale); y++)
    for (let x = Math.round(24 * scale); x < Math.round(300 * scale); x++) {
      const i = (png.width * y + x) * 4;
      if ((png.data[i] ?? 255) < 128) dark++;
    }
  return dark;
}

describe('export in a real browser', () => {
  it('downloads a 2× PNG of the chart with its Chinese title drawn, named after its content', async () => {
    const { name, bytes } = await exportAs('PNG');
    expect(name).toBe('样例县_新收申请_2019-2025.png');
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1920, 1200]);
    expect(titleInk(png, 2)).toBeGreaterThan(500);
  });

  it('downloads A4 portrait at 300 dpi (2480×3508) in pinyin', async () => {
    const { name, bytes } = await exportAs('PNG', async (d) => {
      await d.getByRole('combobox').selectOption('a4-300');
      await d.getByRole('radio', { name: '拼音' }).check();
    });
    expect(name).toBe('yanglixian_xinshoushenqing_2019-2025.png');
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([2480, 3508]);
    expect(titleInk(png, 4)).toBeGreaterThan(1000);
  });

  it('downloads an SVG that stays vector, keeps the edited title as text and embeds its font', async () => {
    const { name, bytes } = await exportAs('SVG', async (d) => {
      await d.getByRole('textbox', { name: '标题', exact: true }).fill('新收申请：样例县简报');
    });
    expect(name).toBe('样例县_新收申请_2019-2025.svg');
    const svg = bytes.toString('utf8');
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain('新收申请：样例县简报');
    expect(texts.some((t) => t?.startsWith('来源：样例县 42 个机关'))).toBe(true);
    expect(doc.getElementsByTagName('image').length).toBe(0);
    const fonts = [...svg.matchAll(/url\(data:font\/ttf;base64,([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(fonts.length).toBeGreaterThan(3);
    // Every embedded subset is a font Chromium accepts.
    const loaded = await guarded.page.evaluate(async (list) => {
      const faces = list.map((b64) => new FontFace('probe', Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))));
      return (await Promise.allSettled(faces.map((f) => f.load()))).filter((r) => r.status === 'fulfilled').length;
    }, fonts);
    expect(loaded).toBe(fonts.length);
  });

  it('downloads CSV with a BOM that has the rows of the chart', async () => {
    const { name, bytes } = await exportAs('CSV');
    expect(name).toBe('样例县_新收申请_2019-2025.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\n');
    const want = await trendRows();
    expect(lines[0]).toBe(Object.keys(want[0] ?? {}).join(','));
    const year = lines[0]?.split(',').indexOf('year') ?? -1;
    expect(lines.slice(1).map((l) => Number(l.split(',')[year]))).toEqual(want.map((r) => r.year));
  });

  it('downloads XLSX that reads back to the same rows', async () => {
    const { bytes } = await exportAs('Excel (XLSX)');
    const [header, ...body] = await readSheet(bytes);
    const want = await trendRows();
    expect(header).toEqual(Object.keys(want[0] ?? {}));
    expect(body).toEqual(want.map((r) => Object.values(r).map((v) => v ?? null)));
  });

  it('downloads Parquet that parquet-wasm reads back to the same rows', async () => {
    const { name, bytes } = await exportAs('PARQUET');
    expect(name.endsWith('.parquet')).toBe(true);
    const back = tableFromIPC(pq.readParquet(new Uint8Array(bytes)).intoIPCStream()).toArray().map((r) => r.toJSON() as Row);
    expect(back).toEqual(await trendRows());
  });

  it('downloads the chart for every agency of the selection as one ZIP', async () => {
    const { page } = guarded;
    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 110_000 }),
      dialog.getByRole('button', { name: '每个机关一张（ZIP）' }).click(),
    ]);
    const { name, bytes } = await save(download);
    await page.keyboard.press('Escape');
    expect(name).toBe('新收申请_各机关_2019-2025_svg.zip');
    const files = unzipSync(new Uint8Array(bytes));
    const agencies = await db.query(agencyTableSql(demo));
    expect(Object.keys(files)).toHaveLength(agencies.length);
    expect(Object.keys(files).some((f) => f.startsWith('城关镇人民政府_'))).toBe(true);
    for (const f of Object.values(files)) expect(new TextDecoder().decode(f)).toContain('@font-face');
  });

  it('downloads every indicator of one agency as CSV files in one ZIP', async () => {
    const { page } = await guardedPage(browser);
    await page.goto(`${baseUrl}?v=print&a=${encodeURIComponent('示范省/演示市/样例县/城关镇人民政府')}`);
    await page.getByRole('heading', { name: /城关镇人民政府$/ }).waitFor({ timeout: 90_000 });
    const dialog = await openDialog(page, 0);
    await dialog.getByRole('radio', { name: 'CSV' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 110_000 }),
      dialog.getByRole('button', { name: '本机关全部指标（ZIP）' }).click(),
    ]);
    const { name, bytes } = await save(download);
    expect(name).toBe('城关镇人民政府_全部指标_2019-2025_csv.zip');
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toHaveLength(INDICATORS.length);
    expect(Object.keys(files)).toContain('城关镇人民政府_公开率_2019-2025.csv');
    await page.context().close();
  });

  it('exports the overview chart and its agency table from the card headers', async () => {
    const { page, context } = await guardedPage(browser);
    await page.goto(baseUrl);
    await page.locator('[data-testid=chart] canvas').first().waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: '导出“本年新收政府信息公开申请数量（按机关类型）”' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '下载' }).waitFor({ timeout: 30_000 });
    let [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载' }).click()]);
    const png = PNG.sync.read(readFileSync(await download.path()));
    expect([png.width, png.height]).toEqual([1920, 1200]);
    expect(titleInk(png, 2)).toBeGreaterThan(500);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '导出“机关一览”' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '下载' }).waitFor({ timeout: 30_000 });
    [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载' }).click()]);
    expect(download.suggestedFilename()).toBe('样例县_机关一览_2019-2025.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.trim().split('\n')).toHaveLength(1 + (await db.query(agencyTableSql(demo))).length);
    await context.close();
  });

  it('lays out an A4 print page with SVG charts and the agency table, with no request leaving 127.0.0.1', async () => {
    const { page, external, errors } = guarded;
    const images = page.locator('.print-svg img[src^="blob:"]');
    await expect.poll(() => images.count()).toBeGreaterThan(3);
    await expect
      .poll(() => images.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)))
      .toBe(true);
    expect(await page.getByTestId('print-agency-table').locator('tbody tr').count()).toBe(42);
    await expect(page.getByRole('button', { name: '打印 / 存为 PDF' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${OUT}/print-page.png`, fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    writeFileSync(`${OUT}/brief.pdf`, pdf);
    expect(pdf.toString('latin1')).toMatch(/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});

// A Chromium that sees one Latin font and no CJK font, as on many Windows-less or minimal machines: Chinese
// shows only if the export brought its own glyphs.
const LATIN_FONT = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'].find(existsSync);

async function launchWithoutCjk(): Promise<Browser> {
  const dir = `${process.cwd()}/${OUT}/latin-only`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${LATIN_FONT?.split('/').pop()}`, readFileSync(LATIN_FONT as string));
  writeFileSync(`${dir}/fonts.conf`, `<?xml version="1.0"?><fontconfig><dir>${dir}</dir><cachedir>${dir}/cache</cachedir></fontconfig>`);
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    env: { ...process.env, FONTCONFIG_FILE: `${dir}/fonts.conf` },
  });
}

/**
 * How different the title lines (CSS px 24..400 × 12..40 at `scale`) of two images are: the share of
 * 4×4-CSS-px blocks whose mean grey differs by more than 24, so anti-aliasing and sub-pixel shifts do not
 * count but boxes in place of glyphs do.
 */
function titleDifference(a: PNG, b: PNG, scale: number): number {
  const block = 4 * scale;
  const mean = (p: PNG, bx: number, by: number) => {
    let sum = 0;
    for (let y = by; y < by + block; y++)
      for (let x = bx; x < bx + block; x++) {
        const i = (p.width * y + x) * 4;
        sum += ((p.data[i] ?? 0) + (p.data[i + 1] ?? 0) + (p.data[i + 2] ?? 0)) / 3;
      }
    return sum / (block * block);
  };
  let differ = 0;
  let total = 0;
  for (let y = 12 * scale; y + block <= 40 * scale; y += block)
    for (let x = 24 * scale; x + block <= 400 * scale; x += block) {
      total++;
      if (Math.abs(mean(a, x, y) - mean(b, x, y)) > 24) differ++;
    }
  return differ / total;
}

/** The SVG as a browser shows it, in a fresh page (a page that exported a PNG has the font loaded already). */
async function svgShot(on: Browser, svg: string): Promise<PNG> {
  const { context, page } = await guardedPage(on, { width: 960, height: 600 });
  await page.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
  // Load every face the SVG declares before the shot; fonts.ready alone can resolve before loading starts.
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((f) => f.load().catch(() => null)));
    await document.fonts.ready;
  });
  const shot = PNG.sync.read(await page.screenshot());
  await context.close();
  return shot;
}

describe.skipIf(!LATIN_FONT)('export on a machine without any CJK font', () => {
  it('still draws the Chinese title of PNG and SVG exports from the bundled font', async () => {
    const bare = await launchWithoutCjk();
    try {
      const g = await guardedPage(bare);
      await g.page.goto(`${baseUrl}?v=print`);
      await g.page.getByTestId('print-chart').first().waitFor({ timeout: 90_000 });
      const dialog = await openDialog(g.page);
      const [download] = await Promise.all([g.page.waitForEvent('download'), dialog.getByRole('button', { name: '下载' }).click()]);
      const bytes = readFileSync(await download.path());
      writeFileSync(`${OUT}/png-without-cjk-fonts.png`, bytes);
      const reference = PNG.sync.read(readFileSync(`${OUT}/样例县_新收申请_2019-2025.png`));
      const pngDiff = titleDifference(PNG.sync.read(bytes), reference, 2);

      const svg = readFileSync(`${OUT}/样例县_新收申请_2019-2025.svg`, 'utf8');
      const withFont = await svgShot(bare, svg);
      const withoutFont = await svgShot(bare, svg.replace(/<style>.*?<\/style>/s, ''));
      const seenWithCjk = await svgShot(browser, svg);
      writeFileSync(`${OUT}/svg-without-cjk-fonts.png`, PNG.sync.write(withFont));
      writeFileSync(`${OUT}/svg-with-cjk-fonts.png`, PNG.sync.write(seenWithCjk));
      writeFileSync(`${OUT}/svg-without-cjk-fonts-unembedded.png`, PNG.sync.write(withoutFont));
      const svgDiff = titleDifference(withFont, seenWithCjk, 1);
      const boxesDiff = titleDifference(withoutFont, seenWithCjk, 1);
      expect(pngDiff).toBeLessThan(boxesDiff / 4);
      expect(svgDiff).toBeLessThan(boxesDiff / 4);
      expect(boxesDiff).toBeGreaterThan(0.1);
      expect(g.external).toEqual([]);
      await g.context.close();
    } finally {
      await bare.close();
    }
  });
});
