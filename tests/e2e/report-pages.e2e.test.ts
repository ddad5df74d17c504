import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { guardedPage, launchBrowser } from './browser.ts';
import { demoDatabase } from './demo-db.ts';

let browser: Browser;
let db: Connector;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  db = await demoDatabase();
});
afterAll(async () => {
  await browser?.close();
});

/** A demo report with new requests, and a blank cell of some report, picked by SQL so the test follows the data. */
async function knownCells(): Promise<{ id: string; template: string; received: number; raw: string; blankReport: string; blankKey: string }> {
  const [r] = await db.query(sql`
    SELECT r.report_id, r.t3_template, c.value, c.raw
    FROM reports r JOIN cells c ON c.report_id = r.report_id AND c.key = 't3.received_new.total'
    WHERE c.value > 0
    ORDER BY r.report_id LIMIT 1`);
  const [b] = await db.query(sql`
    SELECT c.report_id, c.key FROM cells c JOIN reports r USING (report_id)
    WHERE c.value IS NULL AND coalesce(r.ambiguous_json, '{}') NOT LIKE '%' || c.key || '%'
    ORDER BY c.report_id, c.key LIMIT 1`);
  if (!r || !b) throw new Error('the demo data lacks a report with requests or a blank cell');
  return {
    id: String(r.report_id),
    template: String(r.t3_template),
    received: Number(r.value),
    raw: String(r.raw),
    blankReport: String(b.report_id),
    blankKey: String(b.key),
  };
}

describe('compare, agency and report pages in a real browser', () => {
  it('shows the official cells of a known report, with source text on hover and blank cells left blank', async () => {
    const want = await knownCells();
    const { page, external, errors, context } = await guardedPage(browser);
    await page.goto(`${baseUrl}?v=report&report=${encodeURIComponent(want.id)}`);
    const t3 = page.getByTestId('t3');
    await t3.waitFor({ timeout: 60_000 });
    const cell = t3.locator('td[data-key="t3.received_new.total"]');
    await expect(cell.locator('.value').textContent()).resolves.toBe(String(want.received));
    await expect(cell.getAttribute('title')).resolves.toContain(want.raw);
    await expect(t3.locator('td.cell').count()).resolves.toBe((want.template === 'v2021' ? 25 : 23) * 7);
    await expect(page.getByTestId('t4').locator('td.cell').count()).resolves.toBe(15);
    await cell.focus();
    await expect(page.getByTestId('cell-detail').textContent()).resolves.toContain('t3.received_new.total');
    await expect(page.getByRole('note').first().textContent()).resolves.toContain('合成数据');
    await page.screenshot({ path: '.tmp/report-page.png', fullPage: true });

    await page.goto(`${baseUrl}?v=report&report=${encodeURIComponent(want.blankReport)}`);
    const blank = page.locator(`td[data-key="${want.blankKey}"]`);
    await blank.waitFor({ timeout: 60_000 });
    await expect(blank.locator('.value').textContent()).resolves.toBe('');
    await expect(blank.getAttribute('class')).resolves.toContain('blank');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes each official table one Tab stop whose cells the arrow keys walk, with a skip link past them', async () => {
    const want = await knownCells();
    const { page, errors, context } = await guardedPage(browser);
    await page.goto(`${baseUrl}?v=report&report=${encodeURIComponent(want.id)}`);
    const t3 = page.getByTestId('t3');
    await t3.waitFor({ timeout: 60_000 });
    const stops = await page.locator('td.cell[tabindex="0"]').count();
    expect(stops).toBe(await page.locator('table.official-table').count());
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-key'));
    await t3.locator('td.cell[tabindex="0"]').focus();
    const first = await focused();
    await page.keyboard.press('ArrowRight');
    const right = await focused();
    await page.keyboard.press('ArrowDown');
    const down = await focused();
    expect([first, right, down]).toEqual(['t3.received_new.natural_person', 't3.received_new.commercial_enterprise', 't3.carried_over_in.commercial_enterprise']);
    expect(await page.locator('td.cell[tabindex="0"]').count()).toBe(stops);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid'))).not.toBe('t3');
    await page.getByRole('link', { name: '跳过表格，直达问题清单' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-findings');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders the compare view, opens an agency from it, then one of its reports, and goes back', async () => {
    const { page, external, errors, context } = await guardedPage(browser);
    await page.goto(`${baseUrl}?v=compare`);
    const table = page.getByTestId('peer-table');
    await table.waitFor({ timeout: 60_000 });
    await page.locator('[data-testid=chart] canvas').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(5);
    await page.getByTestId('peer-heatmap').locator('canvas').first().waitFor();
    await page.getByTestId('peer-multiples').locator('canvas').first().waitFor();

    const link = table.locator('tbody th a').first();
    const name = await link.textContent();
    await link.click();
    await expect.poll(() => page.getByTestId('agency-name').textContent(), { timeout: 60_000 }).toBe(name);
    expect(new URL(page.url()).searchParams.get('v')).toBe('agency');

    const report = page.getByTestId('agency-reports').locator('tbody a').first();
    const title = await report.textContent();
    await report.click();
    await expect.poll(() => page.getByTestId('report-title').textContent(), { timeout: 60_000 }).toBe(title);

    await page.goBack();
    await expect.poll(() => page.getByTestId('agency-name').textContent()).toBe(name);
    await page.goBack();
    await expect.poll(() => page.getByTestId('peer-table').isVisible()).toBe(true);

    // A click on a heatmap row opens that agency too (the chart maps the pixel to its row).
    const heat = page.getByTestId('peer-heatmap').locator('.echarts-for-react');
    await heat.waitFor();
    await heat.scrollIntoViewIfNeeded();
    const box = await heat.boundingBox();
    const rows = await table.locator('tbody tr').count();
    if (!box) throw new Error('heatmap not laid out');
    await page.mouse.click(box.x + box.width * 0.6, box.y + 8 + (box.height - 64) / rows / 2);
    await expect.poll(() => new URL(page.url()).searchParams.get('v'), { timeout: 30_000 }).toBe('agency');
    await expect.poll(() => page.getByTestId('agency-name').textContent(), { timeout: 60_000 }).toBeTruthy();
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
