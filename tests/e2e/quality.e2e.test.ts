import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedPage, launchBrowser } from './browser.ts';

interface Planted {
  rule: string;
  reportId: string;
  year: number;
}

let browser: Browser;
const baseUrl = inject('baseUrl');
const planted = JSON.parse(readFileSync('data/demo/planted.json', 'utf8')) as Planted[];
const nameOf = (reportId: string) => reportId.split('|')[0]?.split('/').at(-1) ?? '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openQuality(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseUrl}?v=quality${query}`);
  await page.getByTestId('coverage-matrix').waitFor({ timeout: 60_000 });
  await page.getByTestId('findings-list').waitFor({ timeout: 60_000 });
}

const cell = (page: Page, agency: string, year: number) =>
  page.locator(`[data-testid=coverage-matrix] tr[data-agency="${agency}"] td[data-year="${year}"]`);

describe('data-quality view in a real browser', () => {
  it('marks the planted missing reports (北山乡 2019 among them) and links every planted defect’s report', async () => {
    const { page, context, external, errors } = await guardedPage(browser);
    await openQuality(page);
    const beishan = cell(page, '北山乡人民政府', 2019);
    await expect(beishan.getAttribute('data-state')).resolves.toBe('missing');
    await expect(beishan.textContent()).resolves.toContain('缺');
    for (const p of planted) {
      const td = cell(page, nameOf(p.reportId), p.year);
      if (p.rule === 'M1') await expect(td.getAttribute('data-state'), p.reportId).resolves.toBe('missing');
      else await expect(td.getByRole('link').getAttribute('aria-label'), p.reportId).resolves.toMatch(/\d+ 项问题/);
    }
    await expect(page.getByRole('link', { name: /^城关镇人民政府 2020：4 项问题/ }).count()).resolves.toBe(1);
    await page.screenshot({ path: '.tmp/quality-e2e-1280.png', fullPage: true });
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters findings by rule R3.2 through the URL, and a copied link keeps the filter', async () => {
    const { page, context } = await guardedPage(browser);
    await openQuality(page);
    const rows = page.getByTestId('findings-list').locator('tbody tr');
    const all = await rows.count();
    await page.getByRole('group', { name: '规则' }).getByRole('button', { name: /^R3\.2 / }).click();
    await expect.poll(() => page.url()).toMatch(/qr=R3\.2/);
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(5);
    expect(all).toBeGreaterThan(5);
    expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-rule'))))).toEqual(new Set(['R3.2']));

    const shared = await context.newPage();
    await openQuality(shared, '&qr=R3.2');
    await expect.poll(() => shared.getByTestId('findings-list').locator('tbody tr[data-rule="R3.2"]').count()).toBe(5);
    await expect(shared.getByTestId('findings-list').locator('tbody tr:not([data-rule="R3.2"])').count()).resolves.toBe(0);
    await context.close();
  });

  it('opens the report of a finding, and of a matrix cell from the keyboard', async () => {
    const { page, context } = await guardedPage(browser);
    await openQuality(page, '&qr=R3.1');
    const first = page.getByTestId('findings-list').locator('tbody tr').first();
    const reportId = await first.getAttribute('data-report');
    expect(reportId).toBeTruthy();
    await first.getByRole('link', { name: /年报/ }).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('report');
    expect(new URL(page.url()).searchParams.get('report')).toBe(reportId);

    await openQuality(page);
    await page.getByRole('link', { name: /^城关镇人民政府 2020：/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('report')).toBe('示范省/演示市/样例县/城关镇人民政府|2020');
    expect(new URL(page.url()).searchParams.get('v')).toBe('report');
    await context.close();
  });

  it('fits a phone: the page does not overflow, the matrix scrolls sideways under a sticky agency column', async () => {
    const { page, context, errors } = await guardedPage(browser, { width: 390, height: 844 });
    await openQuality(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const scroller = page.locator('.coverage-scroll');
    const [scrollWidth, clientWidth] = await scroller.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth ?? 0);
    const name = page.locator('[data-testid=coverage-matrix] tr[data-agency="北山乡人民政府"] th');
    const before = (await name.boundingBox())?.x ?? 0;
    await scroller.evaluate((e) => e.scrollBy(200, 0));
    await expect.poll(() => scroller.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    // Sticky at left: 0 only loses the 2px border-spacing; unstuck it would move 200px.
    expect(Math.abs(((await name.boundingBox())?.x ?? 0) - before)).toBeLessThanOrEqual(3);
    await page.screenshot({ path: '.tmp/quality-e2e-390.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
