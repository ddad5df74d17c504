import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generateCounty, renderHtml, renderPipeText } from '../../src/generate/index.ts';
import { interactive } from './browser.ts';
import type { Figure } from './stats.ts';

const COUNT = 500;

/** COUNT generated reports on disk, alternately HTML and pipe text, one folder per generated county (the folder tells same-named townships apart). */
function writeReports(): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-import-'));
  const paths: string[] = [];
  for (let seed = 1; paths.length < COUNT; seed++) {
    const county = `基准${seed}县`;
    mkdirSync(join(dir, county));
    const { reports } = generateCounty({ seed, county });
    for (const r of reports) {
      if (paths.length >= COUNT) break;
      const html = paths.length % 2 === 0;
      const path = join(dir, county, `${paths.length}.${html ? 'html' : 'txt'}`);
      writeFileSync(path, html ? renderHtml(r) : renderPipeText(r));
      paths.push(path);
    }
  }
  return { dir, paths };
}

/**
 * Import 500 generated text/HTML reports through the import view of the served app (pick → parse in
 * workers → review → load) and record the longest main-thread task meanwhile. Figures only.
 */
export async function measureImport(browser: Browser, url: string): Promise<Figure[]> {
  const { dir } = writeReports();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(() => {
    const w = window as unknown as { longTasks: [number, number][] };
    w.longTasks = [];
    new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e): [number, number] => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  try {
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}v=import`);
    const input = page.getByTestId('import-folder');
    await input.waitFor({ state: 'attached', timeout: 120_000 });
    await page.getByTestId('import-workspace').waitFor({ timeout: 120_000 });
    // Measured from a started dashboard, as a user imports: picking during start-up timed DuckDB's start too.
    await interactive(page);
    const now = () => page.evaluate(() => performance.now());
    const t0 = performance.now();
    const start = await now();
    await input.setInputFiles(dir);
    // The review shows a page of the items: wait until it holds all of them and has drawn its first page.
    await page.waitForFunction((n) => document.querySelector(`[data-testid="review-list"][data-items="${n}"] [data-testid="review-item"]`) !== null, COUNT, { timeout: 600_000, polling: 50 });
    const parsed = performance.now();
    const reviewed = await now();
    const load = page.getByRole('button', { name: /^载入 \d+ 份$/ });
    const loadable = Number(/\d+/.exec((await load.textContent()) ?? '')?.[0]);
    await load.click();
    await page.getByTestId('import-summary').filter({ hasText: '完成' }).waitFor({ timeout: 600_000 });
    const loaded = performance.now();
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: [number, number][] }).longTasks);
    const longest = (from: number, to: number) => Math.max(0, ...tasks.filter(([at]) => at >= from && at < to).map(([, d]) => d));
    return [
      { name: `import: parse ${COUNT} text/HTML reports in workers, to review`, value: parsed - t0, unit: 'ms' },
      { name: 'import: generated reports the review found loadable', value: loadable, unit: 'reports' },
      { name: 'import: load the reviewed reports (one transaction), save the workspace, check all reports', value: loaded - parsed, unit: 'ms' },
      { name: `import: ${COUNT} reports, pick to loaded`, value: loaded - t0, unit: 'ms', target: 5000 },
      { name: 'import: longest main-thread task while parsing and showing the review', value: longest(start, reviewed), unit: 'ms' },
      { name: 'import: longest main-thread task while loading', value: longest(reviewed, Infinity), unit: 'ms' },
      { name: 'import: longest main-thread task during import', value: longest(start, Infinity), unit: 'ms', target: 200 },
    ];
  } finally {
    await context.close();
  }
}
