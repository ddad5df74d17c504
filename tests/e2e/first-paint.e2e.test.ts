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

const hasMark = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).length > 0, name);

/** What the first screen shows: the first chart's total, the indicator cards and the agency table. */
async function figures(page: Page): Promise<string[]> {
  await page.locator('[data-testid=chart][data-rendered-at]').first().waitFor({ timeout: 60_000 });
  await page.getByTestId('agency-table').waitFor({ timeout: 60_000 });
  return Promise.all(
    [page.getByTestId('requests-total'), page.getByTestId('kpis'), page.getByTestId('agency-table')].map(
      async (l) => (await l.textContent()) ?? '',
    ),
  );
}

describe('first paint from the build’s snapshot', () => {
  it('shows the same figures before DuckDB is ready as DuckDB gives after', async () => {
    // DuckDB cannot start until the first screen has painted: its wasm is held back until then.
    const early = await guardedPage(browser);
    let painted: () => void = () => undefined;
    const firstScreen = new Promise<void>((resolve) => (painted = resolve));
    await early.context.route('**/*.wasm', async (route) => {
      await firstScreen;
      await route.fallback();
    });
    await early.page.goto(baseUrl);
    const beforeDuckDb = await figures(early.page);
    expect(await hasMark(early.page, 'atlas:snapshot')).toBe(true);
    expect(await hasMark(early.page, 'atlas:interactive')).toBe(false);
    await expect(early.page.getByRole('status').textContent()).resolves.toContain('正在启动本地数据库');
    expect(await early.page.getByRole('group', { name: '年度' }).getByRole('button').first().isDisabled()).toBe(true);
    painted();
    await early.page.waitForFunction(() => performance.getEntriesByName('atlas:interactive').length > 0, null, { timeout: 120_000 });
    await early.page.getByRole('status').waitFor({ state: 'detached' });
    expect(await early.page.getByRole('group', { name: '年度' }).getByRole('button').first().isEnabled()).toBe(true);
    expect(early.errors).toEqual([]);
    expect(early.external).toEqual([]);

    // Without the snapshot, the same screen comes from DuckDB alone.
    const late = await guardedPage(browser);
    await late.context.route('**/first-paint-*.json', (route) => route.abort());
    await late.page.goto(baseUrl);
    const fromDuckDb = await figures(late.page);
    expect(await hasMark(late.page, 'atlas:snapshot')).toBe(false);
    expect(fromDuckDb).toEqual(beforeDuckDb);
    expect(fromDuckDb[0]).toMatch(/\d/);
    await early.context.close();
    await late.context.close();
  });

  it('does not use the snapshot when the browser keeps files from an import', async () => {
    const { page, context, errors } = await guardedPage(browser);
    await page.goto(baseUrl);
    await page.evaluate(async () => {
      const dir = await navigator.storage.getDirectory();
      const writable = await (await dir.getFileHandle('probe.txt', { create: true })).createWritable();
      await writable.write('kept by an earlier visit');
      await writable.close();
    });
    await page.reload();
    await figures(page);
    expect(await hasMark(page, 'atlas:snapshot')).toBe(false);
    expect(await hasMark(page, 'atlas:interactive')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
