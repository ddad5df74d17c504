// npm run bench [-- --scale county|city|province] [-- --suite node,parse,export,import]: builds dist/,
// then prints every benchmark figure as a table and writes bench-results/latest.json. Figures only:
// nothing here fails a build. Without options everything runs; --scale runs only the named scales (start,
// views, memory, overhead against direct duckdb-wasm and native DuckDB), --suite only the named suites.
// DIST_DIR=<dir> measures that build of the app instead (no build); BENCH_VIEWS=a,b only those views.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
// @ts-expect-error plain ESM script without types
import { serve } from '../serve.mjs';
import { launch } from './browser.ts';
import { measureExport } from './export.ts';
import { measureImport } from './import.ts';
import { nodeFigures } from './node.ts';
import { buildOverheadPage, measureOverhead } from './overhead.ts';
import type { PackInfo } from './packs.ts';
import { BENCH_DATA, ensurePack } from './packs.ts';
import { parseFigures } from './parse.ts';
import { measureScale } from './scale.ts';
import type { ScaleName } from './scales.ts';
import { pickScales } from './scales.ts';
import type { Figure } from './stats.ts';
import { printTable } from './stats.ts';

const argv = process.argv.slice(2);
const SUITES = ['node', 'parse', 'export', 'import'] as const;
const namedSuites = argv.flatMap((a, i) => (a === '--suite' ? (argv[i + 1] ?? '') : a.startsWith('--suite=') ? a.slice(8) : '').split(',')).filter(Boolean);
const unknownSuites = namedSuites.filter((s) => !(SUITES as readonly string[]).includes(s));
if (unknownSuites.length) throw new Error(`unknown suite ${unknownSuites.join(', ')}: use ${SUITES.join(', ')}`);
const scaleNamed = argv.some((a) => a.startsWith('--scale'));
const scales = scaleNamed || namedSuites.length === 0 ? pickScales(argv) : [];
const everything = !scaleNamed && namedSuites.length === 0;
const suite = (name: (typeof SUITES)[number]) => everything || namedSuites.includes(name);
const dist = process.env.DIST_DIR ?? 'dist';
if (process.env.DIST_DIR === undefined) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const figures: Figure[] = [];
if (suite('node')) figures.push(...(await nodeFigures()));
if (suite('parse')) figures.push(...(await parseFigures()));

const packs = new Map<ScaleName, PackInfo>();
for (const scale of scales) if (scale !== 'county') packs.set(scale, ensurePack(scale));

mkdirSync(BENCH_DATA, { recursive: true });
if (scales.length > 0) await buildOverheadPage();
const { server, url } = (await serve(dist, { port: 0, mounts: { [`/${BENCH_DATA}/`]: BENCH_DATA } })) as { server: Server; url: string };
const browser = await launch();
try {
  for (const scale of scales) {
    const pack = packs.get(scale) ?? null;
    figures.push(...(await measureScale(browser, url, scale, pack)));
    figures.push(...(await measureOverhead(browser, scale === 'county' ? 'county (demo)' : scale, pack)));
  }
  if (suite('export')) figures.push(...(await measureExport(browser, url)));
  if (suite('import')) figures.push(...(await measureImport(browser, url)));
} finally {
  await browser.close();
  server.close();
}

printTable(figures);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), scales, figures }, null, 1));
console.log('\nwritten bench-results/latest.json');
