import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Figure } from './stats.ts';
import { quantile } from './stats.ts';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
}

/** Milliseconds from navigation start until the first chart has drawn (data-rendered-at). */
async function firstChart(page: Page): Promise<number> {
  const el = page.locator('[data-testid=chart][data-rendered-at]').first();
  await el.waitFor({ timeout: 120_000 });
  return Number(await el.getAttribute('data-rendered-at'));
}

// Source text, not a function: tsx would add helpers (__name) that do not exist in the page.
const CLICK_AND_SETTLE = `async (sel) => {
  const t0 = performance.now();
  document.querySelector(sel)?.click();
  const settled = () => {
    const charts = [...document.querySelectorAll('[data-testid=chart]')];
    const busy = document.querySelector('[aria-busy=true]');
    return !busy && charts.length > 0 && charts.every((c) => Number(c.getAttribute('data-rendered-at')) > t0);
  };
  while (!settled() && performance.now() < t0 + 30000) await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - t0;
}`;

/** Click, then wait until every chart on the page has drawn after the click and nothing is loading. */
async function clickAndSettle(page: Page, selector: string): Promise<number> {
  return page.evaluate(`(${CLICK_AND_SETTLE})(${JSON.stringify(selector)})`);
}

/** Cold and warm start, filter-change latency and memory of the overview at the served URL. */
export async function measureOverview(browser: Browser, url: string, label: string): Promise<Figure[]> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    cold.push(await firstChart(page));
    await page.reload();
    warm.push(await firstChart(page));
    await context.close();
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await firstChart(page);
  const years = await page.locator('fieldset.chips').first().locator('button').count();
  const latencies: number[] = [];
  for (let i = 0; i < 30; i++) {
    const nth = 1 + (i % Math.max(1, years - 1));
    latencies.push(await clickAndSettle(page, `fieldset.chips:first-of-type button:nth-of-type(${nth + 1})`));
  }
  const checks = Number(await page.evaluate("performance.getEntriesByName('atlas:checks')[0]?.duration ?? NaN"));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  await context.close();
  return [
    { name: `${label}: first chart, cold (median of 3)`, value: quantile(cold, 0.5), unit: 'ms', target: 1500 },
    { name: `${label}: first chart, warm (median of 3)`, value: quantile(warm, 0.5), unit: 'ms' },
    { name: `${label}: filter change p50 (30 clicks)`, value: quantile(latencies, 0.5), unit: 'ms' },
    { name: `${label}: filter change p95 (30 clicks)`, value: quantile(latencies, 0.95), unit: 'ms', target: 50 },
    { name: `${label}: main-thread JS heap`, value: heap / 2 ** 20, unit: 'MiB' },
    { name: `${label}: consistency checks at load (read back + all rules + store), browser`, value: checks, unit: 'ms', target: 200 },
  ];
}
