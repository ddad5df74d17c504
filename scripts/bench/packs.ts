import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScaleName } from './scales.ts';

/** Generated packs live here, one folder a scale, served under /bench-data/ beside the app. */
export const BENCH_DATA = 'bench-data';

// What a pack is made from: a change to any of these makes the cached packs stale.
const SOURCES = ['src/generate', 'src/load/pack', 'scripts/pack.ts', 'src/domain/report-keys.json', 'src/db/schema.sql'];

function files(p: string): string[] {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).sort().flatMap((f) => files(path.join(p, f)));
}

/** Digest of the generator and pack sources (paths and contents). */
export function sourcesDigest(root = '.'): string {
  const hash = createHash('sha256');
  for (const f of SOURCES.flatMap((s) => files(path.join(root, s)))) hash.update(`${path.relative(root, f)}\0`).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
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
  const key = sourcesDigest();
  if (existsSync(path.join(dir, 'manifest.json')) && existsSync(keyFile) && readFileSync(keyFile, 'utf8').trim() === key) {
    return describe(dir, Number.NaN);
  }
  console.error(`bench: generating the ${scale} pack into ${dir}/ (sources changed or no pack yet)`);
  const t0 = performance.now();
  const run = spawnSync('npm', ['run', '--silent', 'pack', '--', '--scale', scale, '--out', dir], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`npm run pack -- --scale ${scale} failed (exit ${run.status})`);
  writeFileSync(keyFile, `${key}\n`);
  return describe(dir, performance.now() - t0);
}
