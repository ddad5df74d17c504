import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedPage, launchBrowser } from './browser.ts';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openConsole(page: Page, query?: string): Promise<void> {
  await page.goto(`${baseUrl}?v=sql${query ? `&q=${encodeURIComponent(query)}` : ''}`);
  await page.getByTestId('sql-editor').locator('.cm-content').waitFor({ timeout: 60_000 });
}

/** Replace the editor's text by typing (or pasting, for long text) and run it with Ctrl+Enter. */
async function run(page: Page, sql: string, how: 'type' | 'paste' = 'paste'): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  if (how === 'type') await page.keyboard.type(sql);
  else await page.keyboard.insertText(sql);
  await page.keyboard.press('Control+Enter');
}

const rowCount = (page: Page) => page.getByTestId('sql-row-count').getAttribute('data-rows', { timeout: 60_000 });
const errorOf = (page: Page) => page.getByTestId('sql-error');

async function cellCount(page: Page): Promise<string | null> {
  await run(page, 'SELECT count(*) AS n FROM cells');
  await expect.poll(() => page.locator('[data-testid=sql-grid] [role=columnheader]').first().textContent(), { timeout: 60_000 }).toBe('n');
  return page.locator('[data-testid=sql-grid] [aria-rowindex="2"] [role=gridcell]').first().textContent();
}

describe('SQL console in a real browser', () => {
  it('runs a typed query with Ctrl+Enter and shows rows, count and time; 123,456 rows stay windowed', async () => {
    const { page, external, errors, context } = await guardedPage(browser);
    await openConsole(page);
    await run(page, 'SELECT agency_id, name, kind FROM agencies ORDER BY agency_id', 'type');
    await expect.poll(() => page.locator('[data-testid=sql-grid] [role=columnheader]').allTextContents(), { timeout: 60_000 }).toEqual(['agency_id', 'name', 'kind']);
    expect(Number(await rowCount(page))).toBeGreaterThan(30);
    await expect(page.getByTestId('sql-elapsed').textContent()).resolves.toMatch(/秒/);

    await run(page, 'SELECT i, i % 7 AS r FROM range(123456) t(i) ORDER BY i');
    await expect.poll(() => rowCount(page), { timeout: 60_000 }).toBe('123456');
    const grid = page.getByTestId('sql-grid');
    expect(await grid.locator('[role=row]').count()).toBeLessThan(80);
    await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => grid.locator('[aria-rowindex="123457"] [role=gridcell]').first().textContent()).toBe('123455');
    await grid.evaluate((el) => (el.scrollTop = 0));
    await grid.getByRole('button', { name: 'r' }).click();
    await grid.getByRole('button', { name: 'r' }).click();
    await expect.poll(() => grid.locator('[aria-rowindex="2"] [role=gridcell]').nth(1).textContent()).toBe('6');
    await page.screenshot({ path: '.tmp/sql-console-e2e.png', fullPage: true });
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows DuckDB’s message for an error and marks the position in the editor', async () => {
    const { page, context } = await guardedPage(browser);
    await openConsole(page);
    await run(page, 'SELECT key, nope FROM cells');
    await expect(errorOf(page).textContent({ timeout: 60_000 })).resolves.toContain('Binder Error');
    await expect(errorOf(page).textContent()).resolves.toContain('LINE 1:');
    await expect.poll(() => page.locator('.cm-lintRange-error').textContent()).toBe('nope');
    await context.close();
  });

  it('cancels a long query, and the console keeps working', async () => {
    const { page, context } = await guardedPage(browser);
    await openConsole(page);
    await run(page, 'SELECT count(*) FROM range(1000000) a, range(1000000) b WHERE (a.range + b.range) % 7 = 0');
    await page.getByRole('button', { name: '取消' }).click({ timeout: 10_000 });
    const started = Date.now();
    await expect.poll(() => errorOf(page).getAttribute('data-kind'), { timeout: 15_000 }).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(10_000);
    const firstCell = () => page.locator('[data-testid=sql-grid] [aria-rowindex="2"] [role=gridcell]').first().textContent();
    await run(page, 'SELECT 42 AS answer');
    await expect.poll(firstCell, { timeout: 30_000 }).toBe('42');

    // Running again while a query runs cancels it and shows only the new result.
    await run(page, 'SELECT count(*) FROM range(1000000) a, range(1000000) b WHERE (a.range + b.range) % 7 = 0');
    await page.getByRole('button', { name: '取消' }).waitFor({ state: 'visible' });
    await run(page, 'SELECT 7 AS seven');
    await expect.poll(firstCell, { timeout: 30_000 }).toBe('7');
    await expect(page.locator('[data-testid=sql-grid] [role=columnheader]').textContent()).resolves.toBe('seven');
    await context.close();
  });

  it('puts the query in the URL, and a shared link opens and runs it', async () => {
    const { page, context, external } = await guardedPage(browser);
    await openConsole(page);
    const sql = "SELECT year, count(*) AS reports FROM report_list WHERE dataset = 'demo' GROUP BY year ORDER BY year";
    await run(page, sql);
    const count = await rowCount(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe(sql);
    const link = page.url();
    const firstYear = (p: Page) => p.locator('[data-testid=sql-grid] [aria-rowindex="2"] [role=gridcell]').first().textContent();
    const year = await firstYear(page);
    await run(page, 'SELECT 1 AS one');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('SELECT 1 AS one');
    await page.goBack();
    await expect.poll(() => page.locator('.cm-content').textContent()).toBe(sql);

    const shared = await context.newPage();
    await shared.goto(link);
    await expect.poll(() => shared.getByTestId('sql-row-count').getAttribute('data-rows'), { timeout: 60_000 }).toBe(count);
    await expect(shared.locator('.cm-content').textContent()).resolves.toBe(sql);
    expect(await firstYear(shared)).toBe(year);
    expect(external).toEqual([]);
    await context.close();
  });

  it('refuses DROP TABLE, DELETE and SET with a clear message, and the data is intact', async () => {
    const { page, context } = await guardedPage(browser);
    await openConsole(page);
    const before = await cellCount(page);
    expect(Number(before)).toBeGreaterThan(0);
    for (const [statement, word] of [
      ['DROP TABLE cells', 'DROP'],
      ['SELECT 1;\nDELETE FROM cells', 'DELETE'],
      ['SET autoload_known_extensions = true', 'SET'],
      ["SELECT * FROM read_csv('https://example.com/x.csv')", 'read_csv'],
    ] as const) {
      await run(page, statement);
      await expect.poll(() => errorOf(page).getAttribute('data-kind'), { timeout: 30_000 }).toBe('refused');
      await expect(errorOf(page).textContent()).resolves.toContain(word);
    }
    await expect(errorOf(page).textContent()).resolves.toContain('第 1 条语句');
    expect(await cellCount(page)).toBe(before);

    await openConsole(page, 'DROP TABLE cells');
    await expect.poll(() => errorOf(page).getAttribute('data-kind'), { timeout: 60_000 }).toBe('refused');
    expect(await cellCount(page)).toBe(before);
    await context.close();
  });

  it('exports the result as CSV written by DuckDB, with a BOM, and keeps named queries and history across reloads', async () => {
    const { page, context } = await guardedPage(browser);
    await openConsole(page);
    const sql = `SELECT '公开, "率"' AS label, 1.5 AS v UNION ALL SELECT '乙', 2 ORDER BY v`;
    await run(page, sql);
    await expect.poll(() => rowCount(page), { timeout: 60_000 }).toBe('2');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('sql-console.csv');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('label,v\n"公开, ""率""",1.5\n乙,2.0\n');

    page.once('dialog', (d) => void d.accept('两行示例'));
    await page.getByRole('button', { name: '保存' }).click();
    await page.reload();
    await page.getByTestId('sql-editor').locator('.cm-content').waitFor({ timeout: 60_000 });
    await page.getByTestId('sql-saved').getByRole('button', { name: '两行示例', exact: true }).click();
    await expect.poll(() => page.locator('.cm-content').textContent()).toBe(sql);
    await page.getByTestId('sql-history').locator('summary').click();
    await expect(page.getByTestId('sql-history').getByRole('button').first().textContent()).resolves.toBe(sql);
    await context.close();
  });
});
