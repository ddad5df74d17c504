// npm run bench: builds dist/, then prints every benchmark figure as a table and writes
// bench-results/latest.json. Figures only: nothing here fails a build.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
// @ts-expect-error plain ESM script without types
import { serve } from '../serve.mjs';
import { launch, measureOverview } from './browser.ts';
import { nodeFigures } from './node.ts';
import type { Figure } from './stats.ts';
import { printTable } from './stats.ts';

const figures: Figure[] = [];
figures.push(...(await nodeFigures()));

const { server, url } = (await serve('dist', { port: 0 })) as { server: Server; url: string };
const browser = await launch();
try {
  figures.push(...(await measureOverview(browser, url, 'county (demo)')));
} finally {
  await browser.close();
  server.close();
}

printTable(figures);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), figures }, null, 1));
console.log('\nwritten bench-results/latest.json');
