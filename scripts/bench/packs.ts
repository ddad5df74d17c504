import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScaleName } from './scales.ts';

/** Generated packs live here, one folder a scale, served under /bench-data/ beside the app. */
export const BENCH_DATA = 'bench-data';

// What a pack is made from: a change to any of these makes the cached packs stale.
const SOURCES = ['src/generate', 'src/load/pack', 'scripts/pack.ts', 'src/domain/report-keys.json', 'src/db/schema.sql'];
// What its first-paint snapshot holds: the app's first-screen queries. A change to the app records it again
// (seconds), not the whole pack (minutes); a stale one would leave the first chart waiting for DuckDB.
const SNAPSHOT_SOURCES = ['src', 'scripts/first-paint.ts', 'scripts/first-paint-plugin.ts'];

function files(p: string): string[] {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).sort().flatMap((f) => files(path.join(p, f)));
}

/** Digest of the generator and pack sources (paths and contents), or of other `sources`. */
export function sourcesDigest(root = '.', sources = SOURCES): string {
  const hash = createHash('sha256');
  for (const f of sources.flatMap((s) => files(path.join(root, s)))) hash.update(`${path.relative(root, f)}\0`).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

function npmPack(args: readonly string[]): void {
  const run = spawnSync('npm', ['run', '--silent', 'pack', '--', ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`npm run pack -- ${args.join(' ')} failed (exit ${run.status})`);
}

export interface PackInfo {
  /** Folder of the pack, relative to the working directory (and the URL path under the server root). */
  dir: string;
  /** All files of the pack, bytes. */
  bytes: number;
  /** Files loaded at start (manifest tables), bytes. */
  startBytes: number;
  reports: number;
  cells: number;
  /** Milliseconds spent generating it now; NaN when the cached pack was current. */
  generatedMs: number;
}

interface Manifest {
  tables: Record<string, { bytes: number }>;
  /** Every region's requests rows in one file (pack version 3), not loaded at start. */
  requests?: { bytes: number };
  regions: { cells: { bytes: number }; narratives: { bytes: number }; requests?: { bytes: number } }[];
  totals: { reports: number; cells: number };
}

function describe(dir: string, generatedMs: number): PackInfo {
  const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const startBytes = Object.values(m.tables).reduce((s, f) => s + f.bytes, 0);
  const regionBytes = m.regions.reduce((s, r) => s + r.cells.bytes + r.narratives.bytes + (r.requests?.bytes ?? 0), 0);
  return { dir, bytes: startBytes + regionBytes + (m.requests?.bytes ?? 0), startBytes, reports: m.totals.reports, cells: m.totals.cells, generatedMs };
}

/** The scale's pack under bench-data/, generated with `npm run pack` unless the cached one is current. */
export function ensurePack(scale: Exclude<ScaleName, 'county'>): PackInfo {
  const dir = path.join(BENCH_DATA, scale);
  const keyFile = path.join(BENCH_DATA, `${scale}.key`);
  const snapshotKeyFile = path.join(BENCH_DATA, `${scale}.first-paint.key`);
  const key = sourcesDigest();
  const snapshotKey = sourcesDigest('.', SNAPSHOT_SOURCES);
  const current = (file: string, k: string) => existsSync(file) && readFileSync(file, 'utf8').trim() === k;
  if (existsSync(path.join(dir, 'manifest.json')) && current(keyFile, key)) {
    if (!current(snapshotKeyFile, snapshotKey)) {
      console.error(`bench: recording the ${scale} pack's first-paint snapshot again (the app changed)`);
      npmPack(['--first-paint', '--out', dir]);
      writeFileSync(snapshotKeyFile, `${snapshotKey}\n`);
    }
    return describe(dir, Number.NaN);
  }
  console.error(`bench: generating the ${scale} pack into ${dir}/ (sources changed or no pack yet)`);
  const t0 = performance.now();
  npmPack(['--scale', scale, '--out', dir]);
  writeFileSync(keyFile, `${key}\n`);
  writeFileSync(snapshotKeyFile, `${snapshotKey}\n`);
  return describe(dir, performance.now() - t0);
}
