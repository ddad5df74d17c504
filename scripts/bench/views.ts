import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Settled } from './browser.ts';
import { clickAndSettle, interactive, newContext, settled } from './browser.ts';
import type { Memory } from './memory.ts';
import { mainHeap, measureMemory } from './memory.ts';
import { FILTERED_VIEWS } from './scales.ts';

/** The filter bar's changes the bench times: year, agency-kind, report-template and region (city or county) chips. */
export const CHANGES = ['year', 'kind', 'template', 'region'] as const;
export type Change = (typeof CHANGES)[number];

export interface ViewLatencies {
  view: string;
  /**
   * Per change, milliseconds from each chip click until the charts in view, and every chart of the view, drew
   * again and nothing loads (none where the view or the data has no such chips).
   */
  samples: Record<Change, Settled[]>;
  /** Charts ECharts rebuilt rather than merged into, over the year clicks (data-update=replace after a click). */
  rebuilds: number;
  /** Main-thread JS heap after the view's clicks, bytes (NaN if the page crashed). */
  heapBytes: number;
  /** The browser tab crashed in this view (out of memory, most likely); the next view starts afresh. */
  crashed: boolean;
}

// BENCH_VIEWS=requests,compare measures only those views (while working on them); all by default.
const VIEWS = process.env.BENCH_VIEWS ? FILTERED_VIEWS.filter((v) => process.env.BENCH_VIEWS?.split(',').includes(v)) : FILTERED_VIEWS;

// The filter bar's chips (views have chip groups of their own, e.g. compare's peer kind).
const chips = (filter: string) => `fieldset[data-filter=${filter}] button`;
const KIND_CLICKS = 10;
const TEMPLATE_CLICKS = 6;
const REGION_CLICKS = 8;

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await interactive(page);
  return page;
}

/**
 * Each option of a chip group on, then off again, in turn (the first chip, 全部, would change nothing): every
 * other click picks an option, every other returns to all. A group the page lacks gives no samples.
 */
async function toggleEach(page: Page, filter: string, clicks: number, samples: Settled[]): Promise<void> {
  const options = (await page.locator(chips(filter)).count()) - 1;
  for (let i = 0; i < clicks && options > 0; i++) {
    samples.push(await clickAndSettle(page, `${chips(filter)}:nth-of-type(${2 + (Math.floor(i / 2) % options)})`));
  }
}

async function clicks(page: Page, view: string, count: number, budgetMs: number, samples: Record<Change, Settled[]>): Promise<number> {
  // Through the navigation bar, as a user moves between views: the data stays loaded.
  await page.locator(`nav.views a[href="?v=${view}"]`).click();
  // The view switches in a transition: until it commits, the old view is on screen (and may look settled).
  await page.locator(`nav.views a[href="?v=${view}"][aria-current=page]`).waitFor();
  await settled(page);
  const years = await page.locator(chips('years')).count();
  // A view slower than its budget stops early (at least 3 clicks): its p95 is then the slowest click.
  const until = performance.now() + budgetMs;
  let rebuilds = 0;
  for (let i = 0; i < count && (i < 3 || performance.now() < until); i++) {
    const nth = 1 + (i % Math.max(1, years - 1));
    const before: number = await page.evaluate('performance.now()');
    samples.year.push(await clickAndSettle(page, `${chips('years')}:nth-of-type(${nth + 1})`));
    rebuilds += await page.evaluate<number>(`[...document.querySelectorAll('[data-testid=chart][data-update=replace]')].filter((c) => Number(c.getAttribute('data-rendered-at')) > ${before}).length`);
  }
  // Kinds toggled on one by one, then off again: a view without the kind filter (compare has a peer kind of
  // its own) has no chips and no samples. Then templates, then cities (or a county's data: its counties).
  const kinds = (await page.locator(chips('kinds')).count()) - 1;
  for (let i = 0; i < KIND_CLICKS && kinds > 0; i++) {
    samples.kind.push(await clickAndSettle(page, `${chips('kinds')}:nth-of-type(${2 + (i % kinds)})`));
  }
  await toggleEach(page, 'templates', TEMPLATE_CLICKS, samples.template);
  const region = (await page.locator(chips('cities')).count()) > 0 ? 'cities' : 'counties';
  await toggleEach(page, region, REGION_CLICKS, samples.region);
  return rebuilds;
}

/**
 * Visit each view with the global filters (one page, data loaded once), then toggle year chips `count`
 * times (or until `budgetMs` is spent), then kind chips 10 times, template chips 6 and region chips 8, and
 * time each until the view settles (with the filters the clicks before left); memory is taken after the
 * last view. A view that crashes the tab is recorded as such and the next view opens a fresh page.
 */
export async function measureViews(browser: Browser, url: string, count: number, budgetMs = 120_000): Promise<{ views: ViewLatencies[]; memory: Memory }> {
  const context = await newContext(browser);
  try {
    let page = await open(context, url);
    const views: ViewLatencies[] = [];
    for (const view of VIEWS) {
      const samples: Record<Change, Settled[]> = { year: [], kind: [], template: [], region: [] };
      try {
        const rebuilds = await clicks(page, view, count, budgetMs, samples);
        views.push({ view, samples, rebuilds, heapBytes: await mainHeap(context, page), crashed: false });
      } catch (e) {
        if (!page.isClosed() && !String(e).includes('crashed')) throw e;
        views.push({ view, samples, rebuilds: Number.NaN, heapBytes: Number.NaN, crashed: true });
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
