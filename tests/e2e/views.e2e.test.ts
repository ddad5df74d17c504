import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import type { Filters } from '../../src/queries/index.ts';
import { litigationOutcomesSql } from '../../src/queries/index.ts';
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

/** Administrative reviews of the selection, as the litigation view should show them. */
async function expectedReviews(f: Partial<Filters>): Promise<string> {
  const rows = await db.query(litigationOutcomesSql({ dataset: 'demo', years: [], kinds: [], ...f }));
  return formatCount(rows.filter((r) => r.grp === 'review').reduce((s, r) => s + Number(r.total ?? 0), 0), 'zh');
}

const renderedAt = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=chart]')].map((e) => Number(e.getAttribute('data-rendered-at') ?? 0)),
  );

/** Open a view and wait until at least `charts` charts have drawn; returns how many there are. */
async function openView(page: Page, view: string, charts = 1, params = ''): Promise<number> {
  await page.goto(`${baseUrl}?v=${view}${params}`);
  await page.locator('[data-testid=chart] canvas').first().waitFor({ timeout: 60_000 });
  await expect
    .poll(async () => {
      const times = await renderedAt(page);
      return times.length >= charts && times.every((t) => t > 0);
    }, { timeout: 60_000 })
    .toBe(true);
  return (await renderedAt(page)).length;
}

describe('requests, litigation and disclosure views in a real browser', () => {
  for (const [view, minCharts] of [['overview', 8], ['requests', 3], ['litigation', 5], ['disclosure', 2]] as const) {
    it(`${view}: every chart redraws when the agency kind changes`, async () => {
      const { page, external, errors, context } = await guardedPage(browser);
      const charts = await openView(page, view, minCharts);
      expect(await page.getByRole('alert').count()).toBe(0);
      const before = await page.evaluate(() => performance.now());
      await page.getByRole('group', { name: '机关类型' }).getByRole('button', { name: '县级部门' }).click();
      await expect
        .poll(async () => {
          const times = await renderedAt(page);
          return times.length === charts && times.every((t) => t > before);
        }, { timeout: 30_000 })
        .toBe(true);
      await page.screenshot({ path: `.tmp/views-e2e-${view}.png`, fullPage: true });
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('requests: switching between template versions merges into the drawn charts, none is rebuilt', async () => {
    const { page, context, errors } = await guardedPage(browser);
    const charts = await openView(page, 'requests', 3, '&y=2019');
    const years = page.getByRole('group', { name: '年度' });
    // 2019 only (v2019 rows) → 2019 and 2021 (both templates' rows) → 2021 only (v2021 rows).
    for (const year of ['2021', '2019']) {
      const before = await page.evaluate(() => performance.now());
      await years.getByRole('button', { name: year }).click();
      await expect.poll(async () => (await renderedAt(page)).filter((t) => t > before).length, { timeout: 30_000 }).toBe(charts);
      const updates = await page.evaluate(() => [...document.querySelectorAll('[data-testid=chart]')].map((e) => e.getAttribute('data-update')));
      expect(updates.filter((u) => u !== 'merge' && u !== 'same')).toEqual([]);
    }
    expect(page.url()).toMatch(/y=2021(&|$)/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('compare: a year change draws each chart once, the ranking at its new height', async () => {
    const { page, context, errors } = await guardedPage(browser);
    const charts = await openView(page, 'compare', 3);
    // Every data-rendered-at stamp from now on, per chart.
    await page.evaluate(() => {
      const w = window as unknown as { stamps: number[] };
      w.stamps = [];
      const all = [...document.querySelectorAll('[data-testid=chart]')];
      new MutationObserver((records) => records.forEach((r) => w.stamps.push(all.indexOf(r.target as Element))))
        .observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-rendered-at'] });
    });
    const ranking = page.locator('[data-testid=chart]').first();
    const heights: number[] = [];
    for (const year of ['2019', '2020', '2021']) {
      await page.evaluate(() => ((window as unknown as { stamps: number[] }).stamps.length = 0));
      await page.getByRole('group', { name: '年度' }).getByRole('button', { name: year }).click();
      await expect.poll(() => page.evaluate(() => new Set((window as unknown as { stamps: number[] }).stamps).size), { timeout: 30_000 }).toBe(charts);
      // Long enough for a second draw: echarts-for-react's size sensor used to redraw 60 ms after a resize.
      await page.waitForTimeout(400);
      const stamps = await page.evaluate(() => (window as unknown as { stamps: number[] }).stamps);
      expect(stamps.toSorted(), `year ${year}`).toEqual(Array.from({ length: charts }, (_, i) => i));
      heights.push((await ranking.boundingBox())?.height ?? 0);
    }
    expect(new Set(heights).size, 'the ranking grows with the agencies ranked').toBeGreaterThan(1);
    // Another window width still resizes the drawing to its box (autoResize is off; the chart watches its box).
    const canvasWidth = () => ranking.locator('canvas').first().evaluate((c) => c.getBoundingClientRect().width);
    const before = await canvasWidth();
    await page.setViewportSize({ width: 900, height: 900 });
    await expect.poll(canvasWidth, { timeout: 10_000 }).not.toBe(before);
    expect(await canvasWidth()).toBe(await ranking.evaluate((c) => c.firstElementChild?.clientWidth));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('litigation: totals follow the filters and a copied link restores the view', async () => {
    const { page, context, external } = await guardedPage(browser);
    await openView(page, 'litigation', 5);
    await expect.poll(() => page.getByTestId('t4-total-review').textContent()).toBe(await expectedReviews({}));
    await page.getByRole('group', { name: '年度' }).getByRole('button', { name: '2022' }).click();
    // No wait between the clicks: the second must not write back the filters of a render React held back.
    await page.getByRole('group', { name: '年报模板' }).getByRole('button', { name: '2021版模板' }).click();
    const want = await expectedReviews({ years: [2022], templates: ['v2021'] });
    await expect.poll(() => page.getByTestId('t4-total-review').textContent(), { timeout: 30_000 }).toBe(want);
    expect(page.url()).toMatch(/v=litigation/);
    expect(page.url()).toMatch(/t=v2021/);

    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect.poll(() => shared.getByTestId('t4-total-review').textContent(), { timeout: 60_000 }).toBe(want);
    const templates = shared.getByRole('group', { name: '年报模板' });
    await expect(templates.getByRole('button', { name: '2021版模板' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(shared.locator('nav a[aria-current=page]').textContent()).resolves.toBe('复议与诉讼');
    expect(external).toEqual([]);
    await context.close();
  });

  it('disclosure: template-specific figures read 不可比, never 0; a county’s data offers no county chip, but a linked county shows', async () => {
    const { page, context } = await guardedPage(browser);
    await openView(page, 'disclosure');
    const procurement = page.getByTestId('disclosure-table').locator('tr[data-measure=procurement_amount]');
    await expect.poll(() => procurement.locator('td.nc').count()).toBeGreaterThan(0);
    // One county: its chip would select the same reports.
    expect(await page.getByRole('group', { name: '地区（县区）' }).count()).toBe(0);
    const shared = await context.newPage();
    await shared.goto(`${page.url()}&c=${encodeURIComponent('样例县')}`);
    const counties = shared.getByRole('group', { name: '地区（县区）' });
    await expect.poll(() => counties.getByRole('button', { name: '样例县' }).getAttribute('aria-pressed'), { timeout: 60_000 }).toBe('true');
    await counties.getByRole('button', { name: '全部' }).click();
    await expect.poll(() => shared.url()).not.toMatch(/[?&]c=/);
    await expect.poll(() => counties.count()).toBe(0);
    await context.close();
  });

  it('requests: the rates table states every denominator, and the view works at phone width', async () => {
    const { page, context, errors } = await guardedPage(browser, { width: 390, height: 844 });
    await openView(page, 'requests');
    const disclosure = page.getByTestId('rates-table').locator('tr[data-indicator=disclosure_rate] td');
    // The table is its own card: it may land after the first chart has drawn.
    await expect.poll(() => disclosure.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    for (const text of await disclosure.allTextContents()) expect(text).toMatch(/\d+ \/ [\d,.万]+/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('keyboard access to chart marks', () => {
  it('arrow keys visit the points with their tooltip, Escape leaves, Enter drills down as a click does', async () => {
    const { page, external, errors, context } = await guardedPage(browser);
    await page.goto(`${baseUrl}?v=compare`);
    const chart = page.getByTestId('chart').first();
    await chart.locator('canvas').first().waitFor({ timeout: 60_000 });
    const ranked = page.getByTestId('peer-table').locator('tbody tr[data-status=ranked] th a');
    const second = await ranked.nth(1).textContent();
    await chart.focus();
    expect(await chart.getAttribute('aria-describedby')).toBeTruthy();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => chart.getAttribute('data-point')).toBe('1:1');
    await expect.poll(() => chart.locator('.chart-said').textContent()).toContain(second ?? '');
    await page.keyboard.press('Escape');
    await expect.poll(() => chart.getAttribute('data-point')).toBeNull();
    await expect.poll(() => chart.locator('.chart-said').textContent()).toBe('');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('agency-name').textContent(), { timeout: 60_000 }).toBe(second);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
