import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
}

export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
}

/** `url` with extra query parameters (the scale's `data=` and the view's `v=`). */
export function withParams(url: string, params: Record<string, string | undefined>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) u.searchParams.set(k, v);
  return u.href;
}

/** Time of a performance mark the app sets, or NaN if it has not been set (yet). */
export function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime ?? NaN`);
}

/** Milliseconds from navigation start until the first chart drew: the app's 'atlas:first-chart' mark, else data-rendered-at. */
export async function firstChart(page: Page, timeout = 300_000): Promise<number> {
  const el = page.locator('[data-testid=chart][data-rendered-at]').first();
  await el.waitFor({ timeout });
  const mark = await markTime(page, 'atlas:first-chart');
  return Number.isFinite(mark) ? mark : Number(await el.getAttribute('data-rendered-at'));
}

/** Milliseconds from navigation start until the app marked 'atlas:interactive' (DuckDB holds all data and findings). */
export async function interactive(page: Page, timeout = 600_000): Promise<number> {
  // Functions, not strings: the app's Content-Security-Policy forbids eval, which string predicates use.
  await page.waitForFunction(() => performance.getEntriesByName('atlas:interactive').length > 0, null, { timeout, polling: 50 }).catch((e: unknown) => {
    throw new Error(`no 'atlas:interactive' mark within ${timeout} ms (src/app/start.ts sets it when DuckDB holds all data): ${String(e)}`);
  });
  return markTime(page, 'atlas:interactive');
}

// Source text, not a function: tsx would add helpers (__name) that do not exist in the page. Settled: nothing
// is loading and every chart has drawn since the click (charts redraw, or re-stamp, on every commit). Charts
// in the viewport settle first: the app draws the others after the frame that shows those (draw-queue.ts).
const CLICK_AND_SETTLE = `async (sel) => {
  const t0 = performance.now();
  document.querySelector(sel)?.click();
  const drawn = (c) => Number(c.getAttribute('data-rendered-at')) > t0;
  const inView = (c) => {
    const r = c.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  };
  let inViewMs = NaN;
  for (;;) {
    await new Promise((r) => requestAnimationFrame(r));
    const charts = [...document.querySelectorAll('[data-testid=chart]')];
    const idle = !document.querySelector('[aria-busy=true]');
    if (idle && Number.isNaN(inViewMs) && charts.filter(inView).every(drawn)) inViewMs = performance.now() - t0;
    if ((idle && charts.every(drawn)) || performance.now() > t0 + 60000) break;
  }
  return { inView: inViewMs, all: performance.now() - t0 };
}`;

/** Milliseconds from a click until the charts in the viewport, and until every chart, drew again (nothing loading). */
export interface Settled {
  inView: number;
  all: number;
}

/** Click, then wait until every chart on the page has drawn after the click and nothing is loading. */
export function clickAndSettle(page: Page, selector: string): Promise<Settled> {
  return page.evaluate(`(${CLICK_AND_SETTLE})(${JSON.stringify(selector)})`);
}

/** Wait until every chart of the page has drawn and nothing is loading. */
export async function settled(page: Page, timeout = 300_000): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('[aria-busy=true]') && [...document.querySelectorAll('[data-testid=chart]')].every((c) => c.hasAttribute('data-rendered-at')),
    null,
    { timeout, polling: 100 },
  );
}
