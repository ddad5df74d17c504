import type { Browser } from 'playwright-core';
import type { Settled } from './browser.ts';
import { withParams } from './browser.ts';
import type { PackInfo } from './packs.ts';
import type { ScaleName } from './scales.ts';
import { TARGETS } from './scales.ts';
import { measureStarts } from './start.ts';
import type { Figure } from './stats.ts';
import { quantile } from './stats.ts';
import { CHANGES, measureViews } from './views.ts';

const MB = 1e6;
const median = (xs: number[]) => quantile(xs.filter(Number.isFinite), 0.5);

/** The app's URL for a scale: the embedded demo for county, `?data=<pack folder>` otherwise. */
export function scaleUrl(base: string, pack: PackInfo | null): string {
  return pack ? withParams(base, { data: pack.dir }) : base;
}

function packFigures(label: string, pack: PackInfo): Figure[] {
  return [
    { name: `${label}: pack, reports / cells`, value: pack.reports, unit: `reports, ${(pack.cells / 1e6).toFixed(2)} M cells` },
    { name: `${label}: pack, whole / loaded at start`, value: pack.bytes / MB, unit: `MB / ${(pack.startBytes / MB).toFixed(1)} MB` },
    ...(Number.isFinite(pack.generatedMs) ? [{ name: `${label}: pack generated now (scripts/pack.ts)`, value: pack.generatedMs / 1000, unit: 's' }] : []),
  ];
}

/** Start, per-view filter latency and memory figures of one scale in headless Chromium. */
export async function measureScale(browser: Browser, base: string, scale: ScaleName, pack: PackInfo | null): Promise<Figure[]> {
  const label = scale === 'county' ? 'county (demo)' : `${scale}`;
  const t = TARGETS[scale];
  const url = scaleUrl(base, pack);
  const runs = scale === 'province' ? 2 : 3;
  const { cold, warm } = await measureStarts(browser, url, runs);
  console.error(`bench: ${label} starts done`);
  const { views, memory } = await measureViews(browser, url, 20);
  const figures: Figure[] = [
    ...(pack ? packFigures(label, pack) : []),
    { name: `${label}: first chart, cold (median of ${runs})`, value: median(cold.map((s) => s.firstChart)), unit: 'ms', ...(t.firstChartCold ? { target: t.firstChartCold } : {}) },
    { name: `${label}: first chart, warm`, value: median(warm.map((s) => s.firstChart)), unit: 'ms' },
    { name: `${label}: interactive, cold (atlas:interactive)`, value: median(cold.map((s) => s.interactive)), unit: 'ms', ...(t.interactive ? { target: t.interactive } : {}) },
    { name: `${label}: interactive, warm`, value: median(warm.map((s) => s.interactive)), unit: 'ms' },
    { name: `${label}: data fetched at start, cold`, value: median(cold.map((s) => s.dataBytes)) / MB, unit: 'MB' },
    { name: `${label}: data fetch, first request to last byte, cold`, value: median(cold.map((s) => s.dataFetchMs)), unit: 'ms' },
  ];
  // Packs ship their findings computed; only CSV data is checked at load.
  // The checks run in a worker on the fetched files while DuckDB loads them: every rule over the data (the issue's
  // figure), the decoding before it, and what is left of the checks on the way to interactive.
  const rules = median(cold.map((s) => s.checksRulesMs));
  if (Number.isFinite(rules)) {
    figures.push(
      { name: `${label}: every consistency rule over the data, in the checks worker (atlas:checks-rules)`, value: rules, unit: 'ms', ...(scale === 'county' ? { target: 200 } : {}) },
      { name: `${label}: decoding the data files for the checks, same worker, before the rules`, value: median(cold.map((s) => s.checksDecodeMs)), unit: 'ms' },
    );
  }
  const checks = median(cold.map((s) => s.checksMs));
  if (Number.isFinite(checks)) {
    figures.push({ name: `${label}: checks' share of the load after the data is in (atlas:checks)`, value: checks, unit: 'ms' });
  }
  for (const v of views) {
    const clicked = CHANGES.reduce((n, c) => n + v.samples[c].length, 0);
    if (v.crashed) figures.push({ name: `${label}: ${v.view} CRASHED the tab (after ${clicked} clicks)`, value: clicked, unit: 'clicks' });
    for (const change of CHANGES) {
      if (v.samples[change].length > 0) figures.push(...latencies(`${label}: ${v.view} ${change} change`, v.samples[change], t.filterP95));
      if (change === 'year') figures.push({ name: `${label}: ${v.view} charts rebuilt instead of merged, over the year clicks`, value: v.rebuilds, unit: 'charts' });
    }
  }
  figures.push(
    { name: `${label}: main-thread JS heap after each view (${views.map((v) => v.view).join(', ')})`, value: (views[0]?.heapBytes ?? Number.NaN) / MB, unit: `MB, then ${views.slice(1).map((v) => (v.crashed ? 'crashed' : (v.heapBytes / MB).toFixed(0))).join(', ')}` },
    { name: `${label}: main-thread JS heap, after all views`, value: memory.heapBytes / MB, unit: 'MB' },
    { name: `${label}: DuckDB worker wasm memory (peak)`, value: memory.wasmBytes / MB, unit: 'MB' },
    { name: `${label}: renderer process resident (page + worker)`, value: memory.rendererBytes / MB, unit: 'MB', ...(t.memoryMb ? { target: t.memoryMb } : {}) },
    { name: `${label}: the same after a forced GC in page and worker (what they hold)`, value: memory.rendererAfterGcBytes / MB, unit: 'MB' },
  );
  return figures;
}

/**
 * p50 and p95 until every chart of the view drew (below the fold too), then until the charts in the viewport
 * did (what a user sees change; the app draws the others after that frame). The target holds for both.
 */
function latencies(name: string, samples: readonly Settled[], target: number | undefined): Figure[] {
  const all = samples.map((s) => s.all);
  const inView = samples.map((s) => s.inView);
  const aim = target ? { target } : {};
  return [
    { name: `${name} p50 (${samples.length} clicks)`, value: quantile(all, 0.5), unit: 'ms' },
    { name: `${name} p95`, value: quantile(all, 0.95), unit: 'ms', ...aim },
    { name: `${name}, charts in view, p50`, value: quantile(inView, 0.5), unit: 'ms' },
    { name: `${name}, charts in view, p95`, value: quantile(inView, 0.95), unit: 'ms', ...aim },
  ];
}
