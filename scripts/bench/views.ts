import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Settled } from './browser.ts';
import { clickAndSettle, interactive, newContext, settled } from './browser.ts';
import type { Memory } from './memory.ts';
import { mainHeap, measureMemory } from './memory.ts';
import { FILTERED_VIEWS } from './scales.ts';

export interface ViewLatencies {
  view: string;
  /** Milliseconds from a year-chip click until the charts in view, and every chart of the view, drew again and nothing loads. */
  samples: Settled[];
  /** The same for agency-kind chips. */
  kindSamples: Settled[];
  /** Charts ECharts rebuilt rather than merged into, over all clicks (data-update=replace after a click). */
  rebuilds: number;
  /** Main-thread JS heap after the view's clicks, bytes (NaN if the page crashed). */
  heapBytes: number;
  /** The browser tab crashed in this view (out of memory, most likely); the next view starts afresh. */
  crashed: boolean;
}

// BENCH_VIEWS=requests,compare measures only those views (while working on them); all by default.
const VIEWS = process.env.BENCH_VIEWS ? FILTERED_VIEWS.filter((v) => process.env.BENCH_VIEWS?.split(',').includes(v)) : FILTERED_VIEWS;

// The filter bar's chips (views have chip groups of their own, e.g. compare's peer kind).
const YEAR_CHIPS = 'fieldset[data-filter=years]';
const KIND_CHIPS = 'fieldset[data-filter=kinds]';
const KIND_CLICKS = 10;

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await interactive(page);
  return page;
}

async function clicks(page: Page, view: string, count: number, budgetMs: number, samples: Settled[], kindSamples: Settled[]): Promise<number> {
  // Through the navigation bar, as a user moves between views: the data stays loaded.
  await page.locator(`nav.views a[href="?v=${view}"]`).click();
  // The view switches in a transition: until it commits, the old view is on screen (and may look settled).
  await page.locator(`nav.views a[href="?v=${view}"][aria-current=page]`).waitFor();
  await settled(page);
  const years = await page.locator(`${YEAR_CHIPS} button`).count();
  // A view slower than its budget stops early (at least 3 clicks): its p95 is then the slowest click.
  const until = performance.now() + budgetMs;
  let rebuilds = 0;
  for (let i = 0; i < count && (i < 3 || performance.now() < until); i++) {
    const nth = 1 + (i % Math.max(1, years - 1));
    const before: number = await page.evaluate('performance.now()');
    samples.push(await clickAndSettle(page, `${YEAR_CHIPS} button:nth-of-type(${nth + 1})`));
    rebuilds += await page.evaluate<number>(`[...document.querySelectorAll('[data-testid=chart][data-update=replace]')].filter((c) => Number(c.getAttribute('data-rendered-at')) > ${before}).length`);
  }
  // Toggling kinds on one by one, then off again (the first chip, 全部, would change nothing): a view without
  // the kind filter (compare has a peer kind of its own) has no chips and no samples.
  const kinds = (await page.locator(`${KIND_CHIPS} button`).count()) - 1;
  for (let i = 0; i < KIND_CLICKS && kinds > 0; i++) {
    kindSamples.push(await clickAndSettle(page, `${KIND_CHIPS} button:nth-of-type(${2 + (i % kinds)})`));
  }
  return rebuilds;
}

/**
 * Visit each view with the global filters (one page, data loaded once), then toggle year chips `count`
 * times (or until `budgetMs` is spent), then kind chips 10 times, and time each until the view settles
 * (with the years the year clicks left); memory is taken after the
 * last view. A view that crashes the tab is recorded as such and the next view opens a fresh page.
 */
export async function measureViews(browser: Browser, url: string, count: number, budgetMs = 120_000): Promise<{ views: ViewLatencies[]; memory: Memory }> {
  const context = await newContext(browser);
  try {
    let page = await open(context, url);
    const views: ViewLatencies[] = [];
    for (const view of VIEWS) {
      const samples: Settled[] = [];
      const kindSamples: Settled[] = [];
      try {
        const rebuilds = await clicks(page, view, count, budgetMs, samples, kindSamples);
        views.push({ view, samples, kindSamples, rebuilds, heapBytes: await mainHeap(context, page), crashed: false });
      } catch (e) {
        if (!page.isClosed() && !String(e).includes('crashed')) throw e;
        views.push({ view, samples, kindSamples, rebuilds: Number.NaN, heapBytes: Number.NaN, crashed: true });
        await page.close().catch(() => undefined);
        page = await open(context, url);
      }
      console.error(`bench: ${view} done`);
    }
    return { views, memory: await measureMemory(browser, context, page) };
  } finally {
    await context.close();
  }
}
