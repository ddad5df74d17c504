import type { Browser, Page } from 'playwright-core';
import { firstChart, interactive, newContext } from './browser.ts';

export interface StartTimes {
  firstChart: number;
  interactive: number;
  /** Data files fetched at start (CSV or pack files): bytes and first request → last response, ms. */
  dataBytes: number;
  dataFetchMs: number;
  /** The app's 'atlas:checks' measure: what the checks add to the load once the data is in, when it ran. */
  checksMs: number;
  /** The checks worker's time (alongside the load) running every rule, and decoding the files before that. */
  checksRulesMs: number;
  checksDecodeMs: number;
}

const DATA_FILE = /\/bench-data\/|\.(csv|parquet|csv\.gz)(\?|$)|manifest\.json/;

async function dataFetch(page: Page): Promise<{ bytes: number; ms: number }> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => {
      const r = e as PerformanceResourceTiming;
      return { name: r.name, start: r.fetchStart, end: r.responseEnd, bytes: r.encodedBodySize };
    }),
  );
  const data = entries.filter((e) => DATA_FILE.test(e.name));
  if (data.length === 0) return { bytes: 0, ms: Number.NaN };
  return {
    bytes: data.reduce((s, e) => s + e.bytes, 0),
    ms: Math.max(...data.map((e) => e.end)) - Math.min(...data.map((e) => e.start)),
  };
}

async function timesOf(page: Page): Promise<StartTimes> {
  const chart = await firstChart(page);
  const ready = await interactive(page);
  const { bytes, ms } = await dataFetch(page);
  const measure = async (name: string) => Number(await page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)})[0]?.duration ?? NaN`));
  return { firstChart: chart, interactive: ready, dataBytes: bytes, dataFetchMs: ms, checksMs: await measure('atlas:checks'), checksRulesMs: await measure('atlas:checks-rules'), checksDecodeMs: await measure('atlas:checks-decode') };
}

/** Cold (fresh browser context: empty HTTP cache) and warm (reload in that context) starts, `runs` of each. */
export async function measureStarts(browser: Browser, url: string, runs: number): Promise<{ cold: StartTimes[]; warm: StartTimes[] }> {
  const cold: StartTimes[] = [];
  const warm: StartTimes[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(url);
      cold.push(await timesOf(page));
      await page.reload();
      warm.push(await timesOf(page));
    } finally {
      await context.close();
    }
  }
  return { cold, warm };
}
