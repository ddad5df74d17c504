import type { Connector } from '../db/index.ts';
import { browserConnector, sql } from '../db/index.ts';
import type { FetchBytes } from '../load/index.ts';
import { browserParquetRowGroups, loadCellKeys, loadFindings, loadPack, packPaths, parseManifest, setPagePack } from '../load/index.ts';

/**
 * The `?data=` value as a pack location: a relative path on this origin only (no scheme, host, absolute
 * path or `..`), so a shared link can never make the page fetch from elsewhere.
 */
export function packLocation(param: string): string {
  const path = param.trim();
  const bad =
    path === '' || /^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('/') || path.includes('\\') ||
    /[?#]/.test(path) || path.split('/').some((part) => part === '..' || part === '.');
  if (bad) throw new Error(`?data=${param}: not a relative path to a pack on this site (e.g. ?data=packs/province)`);
  return path;
}

/** Start DuckDB and load a pack; its start files download while DuckDB and parquet-wasm start. */
export async function openPackDatabase(param: string, fetchBytes: FetchBytes): Promise<Connector> {
  const base = packLocation(param);
  // Fetched and compiled while DuckDB starts, not after the pack loads.
  const importFeature = import('../features/import/index.ts');
  importFeature.catch(() => undefined);
  const paths = packPaths(base);
  const early = new Map<string, Promise<Uint8Array>>();
  const fetchOnce: FetchBytes = (path) => {
    const known = early.get(path);
    if (known) return known;
    const p = fetchBytes(path);
    early.set(path, p);
    p.catch(() => undefined);
    return p;
  };
  const manifest = fetchOnce(paths.manifest).then((bytes) => parseManifest(new TextDecoder().decode(bytes), paths.manifest));
  const parquet = manifest.then((m) => (m.encoding === 'parquet' ? browserParquetRowGroups() : undefined), () => undefined);
  manifest.then((m) => Object.values(m.tables).forEach((f) => void fetchOnce(paths.dir + f.file)), () => undefined);
  const db = await browserConnector();
  await loadCellKeys(db);
  const reader = await parquet;
  // Timed for npm run bench: the pack's start tables into DuckDB, once DuckDB is up.
  performance.mark('atlas:pack-start');
  const pack = await loadPack(db, base, fetchOnce, reader ? { parquet: reader } : {});
  performance.measure('atlas:pack-load', 'atlas:pack-start');
  early.clear();
  setPagePack(pack);
  // Reports imported earlier load on top; their findings are computed, the pack's are kept (see loadFindings).
  await (await importFeature).restoreStoredWorkspace(db);
  const [imported] = await db.query<{ n: number }>(sql`SELECT count(*) AS n FROM reports WHERE dataset = 'imported'`);
  if ((imported?.n ?? 0) > 0) await loadFindings(db);
  return db;
}
