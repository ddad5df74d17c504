import type { Browser, Page } from 'playwright-core';
import type { Figure } from './stats.ts';
import { quantile } from './stats.ts';

/** Open the export dialog of the brief's new-requests trend chart and wait until it is ready. */
async function openDialog(page: Page) {
  await page.getByRole('button', { name: /^导出“/ }).nth(1).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '下载' }).waitFor({ timeout: 60_000 });
  return dialog;
}

/** Milliseconds from the click on `button` to the browser's download event. */
async function timeDownload(page: Page, click: () => Promise<void>, timeout: number): Promise<{ ms: number; name: string }> {
  const t0 = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), click()]);
  const ms = performance.now() - t0;
  await download.delete();
  return { ms, name: download.suggestedFilename() };
}

/**
 * Export timings on the print brief (?v=print) of the served app: a 3× PNG of a typical chart (first
 * export, which loads the font, and warm), and a ZIP of that chart as 2× PNG for every agency of the
 * demo county, scaled to 50 charts. Figures only.
 */
export async function measureExport(browser: Browser, url: string): Promise<Figure[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  try {
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}v=print`);
    await page.getByTestId('print-chart').first().waitFor({ timeout: 120_000 });
    const png3: number[] = [];
    for (let i = 0; i < 4; i++) {
      const dialog = await openDialog(page);
      await dialog.getByRole('combobox').selectOption('x3');
      png3.push((await timeDownload(page, () => dialog.getByRole('button', { name: '下载' }).click(), 60_000)).ms);
      await dialog.getByRole('button', { name: '关闭' }).click();
    }
    const agencies = await page.getByTestId('print-agency-table').locator('tbody tr').count();
    const dialog = await openDialog(page);
    const batch = await timeDownload(page, () => dialog.getByRole('button', { name: '每个机关一张（ZIP）' }).click(), 600_000);
    await dialog.getByRole('button', { name: '关闭' }).click();
    return [
      { name: 'export: PNG 3× of a typical chart, first (loads font)', value: png3[0] ?? Number.NaN, unit: 'ms' },
      { name: 'export: PNG 3× of a typical chart, warm (median of 3)', value: quantile(png3.slice(1), 0.5), unit: 'ms', target: 1000 },
      { name: `export: batch ZIP, 2× PNG per agency (${agencies} charts)`, value: batch.ms, unit: 'ms' },
      { name: 'export: batch ZIP scaled to 50 agency charts', value: (batch.ms * 50) / Math.max(1, agencies), unit: 'ms', target: 20_000 },
    ];
  } finally {
    await context.close();
  }
}
