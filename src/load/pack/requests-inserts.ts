import type { Connector } from '../../db/index.ts';
import { LIST_SEPARATOR, sql, SqlFragment } from '../../db/index.ts';
import { PIVOT_JOINS, quoted, storedColumns } from './columns.ts';
import type { FetchBytes } from './fetch-file.ts';
import { fetchPackFile } from './fetch-file.ts';
import type { PackManifest } from './manifest.ts';
import type { ParquetRowGroups } from './stage.ts';
import { stage } from './stage.ts';

/** What loading regions' files needs: the manifest, where its files are, and how to read them. */
export interface PackSource {
  manifest: PackManifest;
  dir: string;
  fetchBytes: FetchBytes;
  parquet?: ParquetRowGroups;
}

// The columns requests shares with the report (filter columns) come from report_list, as at pack start.
const COLUMNS = new SqlFragment({ text: [...PIVOT_JOINS.requests, ...storedColumns('requests').map((c) => `p.${quoted(c)}`)].join(', '), params: [] });

/**
 * Insert the requests pivot rows of some regions in one transaction. Their own files for a few regions; for more
 * than half of them, the one file of all (238 region files took 6.5 s under load).
 * Reports an import has replaced since (no longer in one of the pack's datasets) are skipped: theirs come from their cells.
 */
export async function requestsInserts(db: Connector, src: PackSource, indexes: readonly number[]): Promise<void> {
  if (indexes.length === 0) return;
  const regions = indexes.map((i) => {
    const region = src.manifest.regions[i];
    if (!region) throw new Error(`no region ${i} in the pack`);
    return region;
  });
  const whole = indexes.length * 2 > src.manifest.regions.length;
  const files = whole ? [src.manifest.requests] : regions.map((r) => r.requests);
  // The file of all holds the other regions too: their report ranges (fewer than half) are left out.
  const others = whole ? src.manifest.regions.filter((_, i) => !indexes.includes(i)) : [];
  const outside = new SqlFragment({
    text: others.length === 0 ? 'TRUE' : `NOT (${others.map(() => 'p.report_no BETWEEN ? AND ?').join(' OR ')})`,
    params: others.flatMap((r) => [r.firstReport, r.firstReport + r.reports - 1]),
  });
  const bytes = await Promise.all(files.map((f) => fetchPackFile(src.fetchBytes, src.dir, f)));
  const staged = await stage(db, src.manifest.encoding, 'requests', files.map((f, i) => ({ bytes: bytes[i] as Uint8Array, name: src.dir + f.file })), src.parquet);
  try {
    await db.exec('BEGIN TRANSACTION');
    try {
      // pack_reports: the pack's report numbers (start-inserts.ts).
      await db.query(sql`INSERT INTO requests BY NAME SELECT ${COLUMNS}
        FROM ${staged.from} p JOIN pack_reports i USING (report_no) JOIN report_list l USING (report_id)
        WHERE ${outside} AND list_contains(string_split(${src.manifest.datasets.join(LIST_SEPARATOR)}, ${LIST_SEPARATOR}), l.dataset)`);
      await db.exec('COMMIT');
    } catch (e) {
      await db.exec('ROLLBACK');
      throw new Error(`${files.length === 1 ? src.dir + (files[0]?.file ?? '') : `requests of ${files.length} regions`}: ${e instanceof Error ? e.message : String(e)}`);
    }
  } finally {
    await staged.drop();
  }
}
