import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { requestsByYearSql } from '../../src/queries/index.ts';
import { formatCount } from '../../src/ui/format.ts';
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

async function expectedTotal(years: number[], kinds: ('township' | 'department')[]): Promise<number> {
  const rows = await db.query(requestsByYearSql({ dataset: 'demo', years, kinds }));
  return rows.reduce((sum, r) => sum + Number(r.received_new), 0);
}

describe('overview in a real browser', () => {
  it('shows the demo county chart with the SQL total, and no request leaves 127.0.0.1', async () => {
    const { page, external, errors, context } = await guardedPage(browser);
    await page.goto(baseUrl);
    await page.locator('[data-testid=chart] canvas').first().waitFor({ timeout: 60_000 });
    const shown = await page.getByTestId('requests-total').textContent();
    expect(shown).toBe(formatCount(await expectedTotal([], []), 'zh'));
    await expect(page.getByRole('note').textContent()).resolves.toContain('合成数据');
    expect(await page.getByTestId('agency-table').locator('tbody tr').count()).toBeGreaterThan(30);
    await page.screenshot({ path: '.tmp/overview.png', fullPage: true });
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('updates the total when a year and a kind are picked, and the link restores the view', async () => {
    const { page, external, context } = await guardedPage(browser);
    await page.goto(baseUrl);
    await page.locator('[data-testid=chart] canvas').first().waitFor({ timeout: 60_000 });
    await page.getByRole('group', { name: '年度' }).getByRole('button', { name: '2021', exact: true }).click();
    await page.getByRole('group', { name: '机关类型' }).getByRole('button', { name: '乡镇' }).click();
    const want = formatCount(await expectedTotal([2021], ['township']), 'zh');
    await expect.poll(() => page.getByTestId('requests-total').textContent()).toBe(want);
    expect(page.url()).toContain('y=2021');

    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect.poll(() => shared.getByTestId('requests-total').textContent(), { timeout: 60_000 }).toBe(want);
    await expect(
      shared.getByRole('group', { name: '年度' }).getByRole('button', { name: '2021', exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    expect(external).toEqual([]);
    await context.close();
  });

  it('switches to English and back with the language button', async () => {
    const { page, context } = await guardedPage(browser);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Disclosure Atlas');
    await page.goBack();
    await expect.poll(() => page.locator('h1').textContent()).toBe('政务公开年报分析台');
    await context.close();
  });
});
