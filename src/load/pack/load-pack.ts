import type { Connector } from '../../db/index.ts';
import { sql } from '../../db/index.ts';
import type { StartTable } from './columns.ts';
import { START_TABLES } from './columns.ts';
import type { FetchBytes } from './fetch-file.ts';
import { fetchPackFile } from './fetch-file.ts';
import type { PackManifest } from './manifest.ts';
import { keysDigest, parseManifest } from './manifest.ts';
import type { Pack } from './regions.ts';
import { attachPack } from './regions.ts';
import type { ParquetRowGroups, Staged } from './stage.ts';
import { stage } from './stage.ts';
import { startInserts } from './start-inserts.ts';

export interface PackOptions {
  /** Needed for Parquet packs. */
  parquet?: ParquetRowGroups;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Where the manifest is and the directory its files are relative to. */
export function packPaths(base: string): { manifest: string; dir: string } {
  const manifest = base.endsWith('.json') ? base : `${base.replace(/\/+$/, '')}/manifest.json`;
  const slash = manifest.lastIndexOf('/');
  return { manifest, dir: slash < 0 ? '' : manifest.slice(0, slash + 1) };
}

async function checkKeys(db: Connector, manifest: PackManifest, file: string): Promise<void> {
  const keys = await db.query<{ template: string; key: string }>(sql`SELECT template, key FROM cell_keys ORDER BY template, ord`);
  if (keys.length !== manifest.keys.count || keysDigest(keys) !== manifest.keys.digest) {
    throw new Error(`${file}: built for other cell keys (${manifest.keys.count} keys, digest ${manifest.keys.digest}); rebuild the pack`);
  }
}

/**
 * Load a pack's start tables (agencies, reports, the precomputed pivots and findings) all-or-nothing, so
 * every view works; cells, narratives and the requests pivot load per region on demand (see regions.ts).
 */
export async function loadPack(db: Connector, base: string, fetchBytes: FetchBytes, options: PackOptions = {}): Promise<Pack> {
  const paths = packPaths(base);
  let text: string;
  try {
    text = new TextDecoder().decode(await fetchBytes(paths.manifest));
  } catch (e) {
    throw new Error(`${paths.manifest}: missing or unreadable (${message(e)})`);
  }
  const manifest = parseManifest(text, paths.manifest);
  await checkKeys(db, manifest, paths.manifest);
  const bytes = await Promise.all(START_TABLES.map((t) => fetchPackFile(fetchBytes, paths.dir, manifest.tables[t])));
  const staged: Partial<Record<StartTable, Staged>> = {};
  try {
    for (const [i, table] of START_TABLES.entries()) {
      const file = { bytes: bytes[i] as Uint8Array, name: paths.dir + manifest.tables[table].file };
      staged[table] = await stage(db, manifest.encoding, table, [file], options.parquet);
    }
    await startInserts(db, staged as Record<StartTable, Staged>, (t) => paths.dir + manifest.tables[t].file);
    return attachPack(db, { manifest, dir: paths.dir, fetchBytes, ...(options.parquet ? { parquet: options.parquet } : {}) });
  } finally {
    await Promise.all(Object.values(staged).map((s) => s.drop()));
  }
}
