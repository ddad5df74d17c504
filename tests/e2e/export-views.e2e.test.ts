import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GuardedPage } from './browser.ts';
import { guardedPage, launchBrowser } from './browser.ts';

let browser: Browser;
let guarded: GuardedPage;
const baseUrl = inject('baseUrl');
const OUT = '.tmp/export-e2e/views';
const AGENCY = '示范省/演示市/样例县/城关镇人民政府';
const INDICATOR_ROWS = 'indicator,indicator_name,year,numerator,denominator,reports,reports_without_figure,value';

interface ViewCase {
  name: string;
  query: string;
  /** The header of the CSV of the first card with a table (the first with a chart where none has one). */
  header: string;
  /** Views whose cards are all tables export no image. */
  image: boolean;
  prepare?: (page: Page) => Promise<void>;
}

const VIEWS: ViewCase[] = [
  { name: 'overview', query: '', header: 'agency_id,agency_name,kind,reports,received_new,processed_total,disclosure_rate,reviews,suits', image: true },
  { name: 'requests', query: 'v=requests', header: INDICATOR_ROWS, image: true },
  { name: 'litigation', query: 'v=litigation', header: 'agency_id,agency_name,kind,reviews,review_corrected,review_closed,suits,suit_corrected,suit_closed,processed_total', image: true },
  { name: 'disclosure', query: 'v=disclosure', header: 'year,measure,measure_name,status,value,reports,reports_in_year', image: true },
  { name: 'compare', query: 'v=compare', header: 'rank,agency_id,agency_name,numerator,denominator,value,wilson_low,wilson_high,status,outlier,reports', image: true },
  { name: 'compare funnel', query: 'v=compare&plot=funnel', header: 'rank,agency_id,agency_name,numerator,denominator,value,wilson_low,wilson_high,status,outlier,reports', image: true },
  { name: 'quality', query: 'v=quality', header: 'agency_id,agency_name,kind,city,county,year,report_id,template,errors,warnings,findings', image: false },
  { name: 'agency', query: `v=agency&agency=${encodeURIComponent(AGENCY)}`, header: INDICATOR_ROWS, image: true },
  { name: 'report', query: `v=report&report=${encodeURIComponent(`${AGENCY}|2023`)}`, header: 'caption,row_label,col_label,key,value,raw,unit', image: false },
  {
    name: 'sql',
    query: 'v=sql',
    header: 'agency_name,kind,year,received_new,processed_total',
    image: true,
    prepare: async (page) => {
      await page.getByRole('button', { name: '运行', exact: true }).click();
      await page.locator('section.sql-chart-card [data-testid=chart]').waitFor({ timeout: 60_000 });
    },
  },
];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
  guarded = await guardedPage(browser, { width: 1280, height: 1000 });
});
afterAll(async () => {
  await guarded?.context.close();
  await browser?.close();
});

/** Open a view and wait until no card is loading. */
async function open(page: Page, query: string) {
  await page.goto(`${baseUrl}?${query}`);
  await page.locator('.card').first().waitFor({ timeout: 90_000 });
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, null, { timeout: 90_000 });
}

/** Per card: its title, how many charts and tables it shows and how many export menus it offers. */
function cardCensus(page: Page) {
  return page.locator('section.card').evaluateAll((cards) =>
    cards.map((c) => ({
      title: c.getAttribute('aria-label'),
      charts: c.querySelectorAll('[data-testid=chart]').length,
      tables: c.querySelectorAll('table').length,
      exports: c.querySelectorAll('button.export-open').length,
    })),
  );
}

/** Download one export of the menu behind `button` in a format; the title is the one the menu names. */
async function download(page: Page, button: Locator, format: string) {
  const label = (await button.getAttribute('aria-label')) ?? '';
  await button.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '下载' }).waitFor({ timeout: 30_000 });
  await dialog.getByRole('radio', { name: format }).check();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: '下载' }).click()]);
  const path = `${OUT}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return { title: label.replace(/^导出“|”$/g, ''), name: file.suggestedFilename(), bytes: readFileSync(path) };
}

function svgTexts(svg: string): string[] {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
}

describe('every view offers export on every chart and table', () => {
  for (const view of VIEWS) {
    it(`${view.name}: each chart and table card exports; an SVG and a CSV download well-formed`, async () => {
      const { page } = guarded;
      await open(page, view.query);
      await view.prepare?.(page);
      const census = (await cardCensus(page)).filter((c) => c.charts + c.tables > 0);
      expect(census.length).toBeGreaterThan(0);
      for (const card of census) expect(card.exports, JSON.stringify(card)).toBeGreaterThanOrEqual(Math.max(1, card.charts));
      await page.screenshot({ path: `${OUT}/${view.name}.png`, fullPage: true });

      if (view.image) {
        const chartCard = page.locator('section.card').filter({ has: page.getByTestId('chart') }).first();
        const svg = await download(page, chartCard.locator('button.export-open').first(), 'SVG');
        expect(svg.name.endsWith('.svg')).toBe(true);
        const texts = svgTexts(svg.bytes.toString('utf8'));
        expect(texts).toContain(svg.title);
        expect(svg.title).toMatch(/[\u4e00-\u9fff]/);
        expect(texts.some((t) => t.startsWith('来源：'))).toBe(true);
        expect(svg.bytes.toString('utf8')).toContain('@font-face');
      }

      const tableCard = page.locator('section.card').filter({ has: page.locator('table') }).first();
      const csvCard = (await tableCard.count()) ? tableCard : page.locator('section.card').filter({ has: page.getByTestId('chart') }).first();
      const csv = await download(page, csvCard.locator('button.export-open').first(), 'CSV');
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.bytes.subarray(3).toString('utf8').trim().split('\n');
      expect(lines[0]).toBe(view.header);
      expect(lines.length).toBeGreaterThan(1);
      expect(guarded.errors).toEqual([]);
    });
  }

  it('overview: every headline indicator tile exports its trend', async () => {
    const { page } = guarded;
    await open(page, '');
    const tiles = page.locator('li.kpi');
    const n = await tiles.count();
    expect(n).toBeGreaterThan(5);
    for (let i = 0; i < n; i++) expect(await tiles.nth(i).locator('button.export-open').count()).toBe(1);
    const png = await download(page, tiles.first().locator('button.export-open'), 'PNG');
    expect(png.name).toBe('样例县_新收申请_2019-2025.png');
    expect([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });

  it('print: every chart of the brief and its agency table offer export', async () => {
    const { page } = guarded;
    await page.goto(`${baseUrl}?v=print`);
    await page.getByTestId('print-chart').first().waitFor({ timeout: 90_000 });
    const charts = page.getByTestId('print-chart');
    expect(await charts.count()).toBe(5);
    for (let i = 0; i < 5; i++) expect(await charts.nth(i).locator('button.export-open').count()).toBe(1);
    expect(await page.locator('.print-table button.export-open').count()).toBe(1);
  });

  it('compare and agency page offer a batch ZIP; the compare one downloads a CSV per agency', async () => {
    const { page } = guarded;
    await open(page, `v=agency&agency=${encodeURIComponent(AGENCY)}`);
    await page.locator('section.card').filter({ has: page.getByTestId('chart') }).first().locator('button.export-open').first().click();
    await page.getByRole('dialog').getByRole('button', { name: '本机关全部指标（ZIP）' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${OUT}/agency-menu.png` });
    await page.keyboard.press('Escape');

    await open(page, 'v=compare');
    await page.locator('section.card').filter({ has: page.getByTestId('chart') }).first().locator('button.export-open').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'CSV' }).check();
    const [zip] = await Promise.all([
      page.waitForEvent('download', { timeout: 110_000 }),
      dialog.getByRole('button', { name: '每个机关一张（ZIP）' }).click(),
    ]);
    const files = unzipSync(new Uint8Array(readFileSync(await zip.path())));
    const names = Object.keys(files);
    const peers = await page.getByTestId('peer-table').locator('tbody tr').count();
    expect(names).toHaveLength(peers);
    for (const bytes of Object.values(files)) expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await page.keyboard.press('Escape');
  });
});
