import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
// @ts-expect-error plain ESM script without types
import { serve } from '../serve.mjs';
import { newContext, withParams } from './browser.ts';
import { measureNative } from './native.ts';
import type { OverheadResult } from './overhead/main.ts';
import type { PackInfo } from './packs.ts';
import { BENCH_DATA } from './packs.ts';
import { OVERHEAD_TARGET } from './scales.ts';
import type { Figure } from './stats.ts';
import { quantile } from './stats.ts';

// One page per bench run: runs of other builds at the same time (helpers, CI) would overwrite a shared one.
const HARNESS = path.join(BENCH_DATA, `overhead-page-${process.pid}`);
process.on('exit', () => rmSync(HARNESS, { recursive: true, force: true }));

/** Build the overhead page (scripts/bench/overhead) with the app's own modules into bench-data/overhead-page-<pid>. */
export async function buildOverheadPage(): Promise<void> {
  await build({
    configFile: false,
    root: path.resolve('scripts/bench/overhead'),
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: {
      outDir: path.resolve(HARNESS),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 100_000,
      assetsInlineLimit: (file) => (file.includes('/data/') ? false : undefined),
    },
    worker: { format: 'es' },
  });
}

async function runPage(browser: Browser, pack: PackInfo | null): Promise<OverheadResult> {
  const { server, url } = (await serve(HARNESS, { port: 0, mounts: { [`/${BENCH_DATA}/`]: BENCH_DATA } })) as { server: Server; url: string };
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(pack ? withParams(url, { data: pack.dir }) : url);
    await page.waitForFunction(() => document.getElementById('status')?.textContent !== 'running', null, { timeout: 900_000, polling: 500 });
    const error = await page.evaluate(() => (window as unknown as { __overheadError?: string }).__overheadError);
    if (error) throw new Error(`overhead page: ${error}`);
    return await page.evaluate(() => (window as unknown as { __overhead: OverheadResult }).__overhead);
  } finally {
    await context.close();
    server.close();
  }
}

const median = (xs: readonly number[]) => quantile(xs, 0.5);
const least = (xs: readonly number[]) => (xs.length ? Math.min(...xs) : Number.NaN);
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

interface Paths {
  app: number;
  raw: number;
  native: number;
}

const ratios = (label: string, stat: string, rows: readonly Paths[], target?: number): Figure[] => {
  const t = { app: sum(rows.map((r) => r.app)), raw: sum(rows.map((r) => r.raw)), native: sum(rows.map((r) => r.native)) };
  return [
    { name: `${label}: app overhead over direct duckdb-wasm (${rows.length} queries, sum of ${stat})`, value: t.app / t.raw, unit: '×', ...(target ? { target } : {}) },
    { name: `${label}: direct duckdb-wasm over native DuckDB (sum of ${stat})`, value: t.raw / t.native, unit: '×' },
    { name: `${label}: app over native DuckDB (sum of ${stat})`, value: t.app / t.native, unit: '×' },
  ];
};

/**
 * App query path vs duckdb-wasm called directly (same page, same SQL, same tables) and vs native DuckDB
 * over the same data, per query and summed over the queries whose answers have the same number of rows.
 * The ratio with a target is taken on each path's fastest run: load from elsewhere on a shared machine
 * only adds time, so the fastest run is the closest to each path's own cost; medians are shown too.
 */
export async function measureOverhead(browser: Browser, label: string, pack: PackInfo | null): Promise<Figure[]> {
  const page = await runPage(browser, pack);
  const native = await measureNative(pack, page.queries);
  const figures: Figure[] = [];
  const fastest: Paths[] = [];
  const medians: Paths[] = [];
  for (const q of page.queries) {
    const n = native.queries.find((x) => x.name === q.name);
    const best = { app: least(q.app), raw: least(q.raw), native: least(n?.samples ?? []) };
    const mid = { app: median(q.app), raw: median(q.raw), native: median(n?.samples ?? []) };
    const comparable = n !== undefined && n.rows === q.rows && q.rawRows === q.rows;
    if (comparable) {
      fastest.push(best);
      medians.push(mid);
    }
    figures.push({
      name: `${label}: query ${q.name} (${q.rows} rows): app / direct wasm / native, fastest of ${q.app.length}`,
      value: best.app,
      unit: `ms / ${best.raw.toFixed(1)} / ${best.native.toFixed(1)} (medians ${mid.app.toFixed(1)} / ${mid.raw.toFixed(1)} / ${mid.native.toFixed(1)})${comparable ? '' : ` (native ${n?.rows ?? '?'} rows: other data)`}`,
    });
  }
  figures.push(
    ...ratios(label, 'fastest runs', fastest, OVERHEAD_TARGET),
    ...ratios(label, 'medians', medians),
    { name: `${label}: native DuckDB, load every report and rebuild pivots`, value: native.loadMs, unit: 'ms' },
  );
  return figures;
}
