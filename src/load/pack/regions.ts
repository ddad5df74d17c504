import type { Connector } from '../../db/index.ts';
import { LIST_SEPARATOR, sql, SqlFragment } from '../../db/index.ts';
import { fetchPackFile } from './fetch-file.ts';
import type { PackManifest } from './manifest.ts';
import type { PackSource } from './requests-inserts.ts';
import { requestsInserts } from './requests-inserts.ts';
import { REGION_KEY } from './sql-parts.ts';
import type { Staged } from './stage.ts';
import { stage } from './stage.ts';
import { regionInserts } from './region-inserts.ts';

/** A loaded pack: its manifest and which regions' cells, narratives and requests rows are in DuckDB. */
export interface Pack {
  manifest: PackManifest;
  /** Indexes into manifest.regions whose cells are loaded. */
  loaded(): ReadonlySet<number>;
  /** Load regions' cells and narratives (each all-or-nothing), their requests rows first; loaded ones are skipped. */
  loadRegions(indexes: readonly number[]): Promise<void>;
  /** Indexes of regions whose rows of the requests pivot are loaded: every region whose cells are, and more. */
  requestsLoaded(): ReadonlySet<number>;
  /** Load regions' rows of the requests pivot, all in one transaction; loaded ones are skipped. */
  loadRequests(indexes: readonly number[]): Promise<void>;
  /** Load the region of a report of the pack, if not loaded yet; other reports are left alone. */
  ensureReport(reportId: string): Promise<void>;
  /** Called after every region load. */
  subscribe(listener: () => void): () => void;
}

const PACKS = new WeakMap<Connector, Pack>();
let pagePack: Pack | undefined;

/**
 * Declare the browser page's pack: the page has one DuckDB, which views reach through wrapping connectors
 * (the first-paint snapshot connector), so lookups by connector fall back to it.
 */
export function setPagePack(pack: Pack): void {
  pagePack = pack;
}

/** The pack loaded into this database (or the page's), if any. */
export const packOf = (db: Connector): Pack | undefined => PACKS.get(db) ?? pagePack;

function regionOf(manifest: PackManifest, no: number): number {
  let [lo, hi] = [0, manifest.regions.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((manifest.regions[mid]?.firstReport ?? 0) <= no) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

async function loadRegion(db: Connector, src: PackSource, index: number): Promise<void> {
  const region = src.manifest.regions[index];
  if (!region) throw new Error(`no region ${index} in the pack`);
  const files = [region.cells, region.narratives];
  const [cells, narratives] = await Promise.all(files.map((f) => fetchPackFile(src.fetchBytes, src.dir, f)));
  const staged: Staged[] = [];
  try {
    for (const [table, bytes, f] of [['cells', cells, region.cells], ['narratives', narratives, region.narratives]] as const) {
      staged.push(await stage(db, src.manifest.encoding, table, [{ bytes: bytes as Uint8Array, name: src.dir + f.file }], src.parquet));
    }
    await regionInserts(db, { cells: staged[0] as Staged, narratives: staged[1] as Staged }, region, src.manifest.datasets);
  } finally {
    await Promise.all(staged.map((s) => s.drop()));
  }
}

/** Register a pack with its database (after its start tables are in) and return its handle. */
export function attachPack(db: Connector, src: PackSource): Pack {
  const loaded = new Set<number>();
  const requests = new Set<number>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  // One load at a time: each is a transaction on the dashboard's connection.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (run: () => Promise<void>): Promise<void> => {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  };
  const insertRequests = async (indexes: readonly number[]) => {
    const missing = [...new Set(indexes)].filter((i) => !requests.has(i));
    if (missing.length === 0) return;
    await requestsInserts(db, src, missing);
    for (const i of missing) requests.add(i);
    changed();
  };
  const pack: Pack = {
    manifest: src.manifest,
    loaded: () => loaded,
    // A region's requests rows load before its cells: a refresh of the pivots rebuilds the rows of reports whose
    // cells are loaded, and requests rows loaded after that would be there twice.
    loadRegions: (indexes) =>
      enqueue(async () => {
        for (const i of indexes) {
          if (loaded.has(i)) continue;
          await insertRequests([i]);
          await loadRegion(db, src, i);
          loaded.add(i);
          changed();
        }
      }),
    requestsLoaded: () => requests,
    loadRequests: (indexes) => enqueue(() => insertRequests(indexes)),
    async ensureReport(reportId) {
      const [row] = await db.query<{ no: number }>(sql`SELECT report_no AS no FROM pack_reports WHERE report_id = ${reportId}`);
      if (!row) return;
      const index = regionOf(src.manifest, Number(row.no));
      if (!loaded.has(index)) await pack.loadRegions([index]);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  PACKS.set(db, pack);
  return pack;
}

/** Make sure a report's cells and narrative are loaded (a no-op without a pack or for reports outside it). */
export async function ensureReportLoaded(db: Connector, reportId: string): Promise<void> {
  await packOf(db)?.ensureReport(reportId);
}

/**
 * Reports of the pack whose region's cells are not loaded: their pivots and findings are the pack's
 * precomputed ones and must be kept by any refresh. NULL-free predicate on report_id; `false` without a pack.
 */
export function unloadedReports(db: Connector): SqlFragment {
  const pack = packOf(db);
  const keys = pack?.manifest.regions.flatMap((r, i) => (pack.loaded().has(i) ? [] : [r.key])) ?? [];
  if (!pack || keys.length === 0) return new SqlFragment({ text: 'false', params: [] });
  const q = sql`report_id IN (SELECT r.report_id FROM reports r JOIN agencies a USING (agency_id)
    WHERE list_contains(string_split(${pack.manifest.datasets.join(LIST_SEPARATOR)}, ${LIST_SEPARATOR}), r.dataset)
      AND list_contains(string_split(${keys.join(LIST_SEPARATOR)}, ${LIST_SEPARATOR}), ${new SqlFragment({ text: REGION_KEY, params: [] })}))`;
  return new SqlFragment(q);
}
