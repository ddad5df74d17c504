// npm run bench: builds dist/, then prints every benchmark figure as a table and writes
// bench-results/latest.json. Figures only: nothing here fails a build.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
// @ts-expect-error plain ESM script without types
import { serve } from '../serve.mjs';
import { launch, measureOverview } from './browser.ts';
import { measureExport } from './export.ts';
import { measureImport } from './import.ts';
import { nodeFigures } from './node.ts';
import { parseFigures } from './parse.ts';
import type { Figure } from './stats.ts';
import { printTable } from './stats.ts';

const figures: Figure[] = [];
figures.push(...(await nodeFigures()));
figures.push(...(await parseFigures()));

const { server, url } = (await serve('dist', { port: 0 })) as { server: Server; url: string };
const browser = await launch();
try {
  figures.push(...(await measureOverview(browser, url, 'county (demo)')));
  figures.push(...(await measureExport(browser, url)));
  figures.push(...(await measureImport(browser, url)));
} finally {
  await browser.close();
  server.close();
}

printTable(figures);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), figures }, null, 1));
console.log('\nwritten bench-results/latest.json');
