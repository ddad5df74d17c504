import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { parquetEncoder } from '../../src/load/pack/node.ts';
import { demoDb, memoryPack } from '../load/pack/demo-pack.ts';
import { guardedPage, launchBrowser } from './browser.ts';

let browser: Browser;
let db: Connector;
let files: Map<string, Uint8Array>;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  db = await demoDb();
  // The demo as a Parquet pack under /e2e-pack/, answered from memory (nothing written into dist/).
  ({ files } = await memoryPack(db, parquetEncoder, 'e2e-pack'));
});
afterAll(async () => {
  await browser?.close();
});

/** Serve the pack's files on the page's origin and record which were asked for. */
async function servePack(page: Page): Promise<string[]> {
  const asked: string[] = [];
  await page.route('**/e2e-pack/**', async (route) => {
    const path = new URL(route.request().url()).pathname.slice(1);
    asked.push(path);
    const body = files.get(path);
    await (body ? route.fulfill({ status: 200, body: Buffer.from(body) }) : route.fulfill({ status: 404, body: 'not found' }));
  });
  return asked;
}

describe('a pack loaded with ?data=', () => {
  it('shows a report page whose region’s cells load on demand, and the SQL console counts loaded regions', async () => {
    const [r] = await db.query(sql`
      SELECT r.report_id, c.value FROM reports r JOIN cells c ON c.report_id = r.report_id AND c.key = 't3.received_new.total'
      WHERE c.value > 0 ORDER BY r.report_id LIMIT 1`);
    const id = String(r?.report_id);
    const { page, external, errors } = await guardedPage(browser);
    const asked = await servePack(page);

    await page.goto(`${baseUrl}?data=e2e-pack&v=sql`);
    const status = page.getByTestId('pack-regions');
    await expect(status.getByRole('status').textContent({ timeout: 60_000 })).resolves.toMatch(/已加载 0 \/ 1 个地区/);
    expect(asked.filter((p) => p.includes('/regions/'))).toEqual([]);

    await page.goto(`${baseUrl}?data=e2e-pack&v=report&report=${encodeURIComponent(id)}`);
    const cell = page.getByTestId('t3').locator('td[data-key="t3.received_new.total"] .value');
    await expect(cell.textContent({ timeout: 60_000 })).resolves.toBe(String(r?.value));
    await expect(page.getByTestId('narrative').count()).resolves.toBe(1);
    expect(asked.filter((p) => p.includes('/regions/')).sort()).toEqual(['e2e-pack/regions/0000-cells.parquet', 'e2e-pack/regions/0000-narratives.parquet']);
    // The region's requests rows come first; with one region in the pack, from the file of all.
    expect(asked).toContain('e2e-pack/requests.parquet');

    await page.getByRole('link', { name: 'SQL 查询' }).click();
    await expect(status.getByRole('status').textContent({ timeout: 30_000 })).resolves.toMatch(/已加载 1 \/ 1 个地区/);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('refuses a path that leaves the site, and names a missing manifest', async () => {
    const { page } = await guardedPage(browser);
    await servePack(page);
    await page.goto(`${baseUrl}?data=${encodeURIComponent('https://example.org/pack')}`);
    await expect(page.getByText(/not a relative path to a pack/).first().textContent({ timeout: 30_000 })).resolves.toContain('?data=https://example.org/pack');
    await page.goto(`${baseUrl}?data=e2e-pack/../nowhere`);
    await page.getByText(/not a relative path to a pack/).first().waitFor({ timeout: 30_000 });
    await page.goto(`${baseUrl}?data=nowhere`);
    await page.getByText(/nowhere\/manifest\.json: missing or unreadable/).first().waitFor({ timeout: 60_000 });
  });
});
