import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rolldown } from 'vite';
import type { FirstPaintSnapshot } from '../src/app/snapshot-connector.ts';
import { SNAPSHOT_VERSION } from '../src/app/snapshot-connector.ts';
import type { FirstScreenRecord } from './first-paint.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Run scripts/first-paint.ts in a process of its own (it installs a DOM, happy-dom, in its globals), for the page at `search`. */
export async function recordInChild(search = ''): Promise<FirstScreenRecord> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-first-paint-'));
  const out = path.join(dir, 'record.json');
  try {
    await new Promise<void>((resolve, reject) => {
      const args = ['--import', 'tsx', path.join(ROOT, 'scripts/first-paint.ts'), '--out', out, ...(search ? ['--search', search] : [])];
      execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 2 ** 20 }, (error, _stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(),
      );
    });
    return JSON.parse(await readFile(out, 'utf8')) as FirstScreenRecord;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The built names of the data files the record was computed from; null when one was not bundled. */
function builtDataFiles(bundle: Rolldown.OutputBundle, sources: readonly string[]): string[] | null {
  const assets = Object.values(bundle).filter((f) => f.type === 'asset');
  const names = sources.map((src) => assets.find((a) => a.originalFileNames.includes(src))?.fileName);
  return names.every((n) => n !== undefined) ? (names as string[]) : null;
}

// The landing view (first of src/app/routes.ts): a lazy chunk whose download can start with the entry's.
const LANDING_VIEW = path.join(ROOT, 'src/features/overview/index.ts');

/** The landing view's chunk and every chunk it imports statically, by built name. */
function landingChunks(bundle: Rolldown.OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
  const landing = chunks.find((c) => c.facadeModuleId === LANDING_VIEW);
  const found = new Set<string>();
  const visit = (fileName: string) => {
    if (found.has(fileName)) return;
    found.add(fileName);
    for (const i of chunks.find((c) => c.fileName === fileName)?.imports ?? []) visit(i);
  };
  if (landing) visit(landing.fileName);
  return [...found];
}

/**
 * Builds the first-paint snapshot beside the app (in parallel with the bundling) and links it from
 * index.html as a preload: the default first screen then paints before DuckDB has started. If it cannot
 * be made, the build warns and ships without one; the app then waits for DuckDB as before.
 */
export function firstPaintSnapshot(): Plugin {
  let record: Promise<FirstScreenRecord | Error> = Promise.resolve(new Error('not started'));
  let fileName: string | undefined;
  return {
    name: 'atlas-first-paint',
    apply: 'build',
    buildStart() {
      fileName = undefined;
      record = recordInChild().catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    },
    generateBundle: {
      order: 'pre',
      async handler(_options, bundle) {
        const r = await record;
        if (r instanceof Error) return this.warn(`first-paint snapshot not built: ${r.message}`);
        const data = builtDataFiles(bundle, r.sources);
        if (!data) return this.warn(`first-paint snapshot not built: data not in the bundle (${r.sources.join(', ')})`);
        const snapshot: FirstPaintSnapshot = { version: SNAPSHOT_VERSION, data, entries: r.entries };
        const source = JSON.stringify(snapshot);
        fileName = `assets/first-paint-${createHash('sha256').update(source).digest('hex').slice(0, 12)}.json`;
        this.emitFile({ type: 'asset', fileName, source });
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!fileName || !bundle) return [];
        const views = landingChunks(bundle).filter((f) => !html.includes(f));
        return [
          { tag: 'link', attrs: { id: 'first-paint', rel: 'preload', as: 'fetch', crossorigin: '', href: `./${fileName}` }, injectTo: 'head' },
          ...views.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${f}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}
