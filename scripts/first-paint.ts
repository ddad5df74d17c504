// Computes the first-paint snapshot: renders the app's default first screen in Node (happy-dom, DuckDB's
// Node build over the embedded data) and saves every query it asked with the answer. The build runs it
// (scripts/first-paint-plugin.ts), so the snapshot always matches the code and data it ships with.
// Usage: tsx scripts/first-paint.ts --out <file.json> [--search ?data=<pack>]
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { createServer, createServerModuleRunner } from 'vite';
import { builtinEnvironments } from 'vitest/runtime';
import type { SnapshotEntry } from '../src/app/snapshot-connector.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ORIGIN = 'http://localhost/';

/** What the default first screen asked, and the data files (paths under the project root) it loaded. */
export interface FirstScreenRecord {
  entries: SnapshotEntry[];
  sources: string[];
}

/** fetch() for the rendered app: its data URLs are paths under the project root (the dev server's URLs). */
function fetchFromDisk(sources: Set<string>) {
  return async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), ORIGIN);
    const file = decodeURIComponent(url.pathname).replace(/^\/@fs\//, '/');
    const full = file.startsWith(ROOT) ? file : path.join(ROOT, file);
    const bytes = await readFile(full).catch(() => null);
    if (!bytes) return new Response('not found', { status: 404 });
    sources.add(path.relative(ROOT, full));
    return new Response(bytes);
  };
}

/** Whether JSON carries these rows unchanged (dates, NaN and the like would come back as something else). */
const survivesJson = (e: SnapshotEntry) => isDeepStrictEqual(JSON.parse(JSON.stringify(e.rows)), e.rows);

/** Render the default first screen over the embedded data and record its queries and answers. */
export const recordDefaultFirstScreen = (): Promise<FirstScreenRecord> => recordFirstScreen('');

/** Render the first screen of the page at `search` (e.g. '?data=packs/province') and record its queries and answers. */
export async function recordFirstScreen(search: string): Promise<FirstScreenRecord> {
  const server = await createServer({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    resolve: {
      alias: [
        { find: /^\.\/duckdb-wasm\.ts$/, replacement: path.join(ROOT, 'scripts/first-paint-duckdb.ts') },
        { find: /^echarts-for-react\/.*$/, replacement: path.join(ROOT, 'scripts/first-paint-chart.tsx') },
        { find: /^\.\/browser-parquet\.ts$/, replacement: path.join(ROOT, 'scripts/first-paint-parquet.ts') },
      ],
    },
  });
  const dom = await builtinEnvironments['happy-dom'].setup(globalThis, { happyDOM: { url: `${ORIGIN}${search}` } });
  const sources = new Set<string>();
  globalThis.fetch = fetchFromDisk(sources);
  try {
    const runner = createServerModuleRunner(server.environments.ssr);
    const { recordFirstScreen } = (await runner.import('/scripts/first-paint-record.tsx')) as typeof import('./first-paint-record.tsx');
    // An answer JSON would change is left out: that query waits for DuckDB in the browser.
    const entries = (await recordFirstScreen()).filter(survivesJson);
    return { entries, sources: [...sources].sort() };
  } finally {
    await dom.teardown(globalThis);
    await server.close();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const out = arg('--out');
  if (!out) throw new Error('usage: tsx scripts/first-paint.ts --out <file.json> [--search ?data=<pack>]');
  const record = await recordFirstScreen(arg('--search') ?? '');
  await writeFile(out, JSON.stringify(record));
  console.log(`first-paint: ${record.entries.length} queries over ${record.sources.join(', ')}`);
  // DuckDB's Node build and happy-dom may keep timers alive.
  process.exit(0);
}
