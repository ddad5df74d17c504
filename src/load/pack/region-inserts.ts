import type { Connector } from '../../db/index.ts';
import { fragment, LIST_SEPARATOR, sql, SqlFragment } from '../../db/index.ts';
import type { PackRegion } from './manifest.ts';
import { cellRows } from './sql-parts.ts';
import type { Staged } from './stage.ts';

/**
 * Insert one region's cells and narratives in a transaction. Reports of the region that an import has
 * replaced since (no longer in one of the pack's datasets) are skipped.
 */
export async function regionInserts(
  db: Connector,
  s: { cells: Staged; narratives: Staged },
  region: Pick<PackRegion, 'firstReport' | 'reports'>,
  datasets: readonly string[],
): Promise<void> {
  // Report numbers → ids of this region (pack_reports: see start-inserts.ts).
  const last = region.firstReport + region.reports - 1;
  const idsOf = new SqlFragment(sql`(SELECT report_no, report_id FROM pack_reports WHERE report_no BETWEEN ${region.firstReport} AND ${last})`);
  const inPack = sql`report_id IN (SELECT report_id FROM reports
    WHERE list_contains(string_split(${datasets.join(LIST_SEPARATOR)}, ${LIST_SEPARATOR}), dataset))`;
  await db.exec('BEGIN TRANSACTION');
  try {
    await db.query(sql`INSERT INTO cells SELECT * FROM (${cellRows(s.cells.from, idsOf)}) WHERE ${fragment(inPack)}`);
    await db.query(sql`UPDATE reports SET narrative_json = n.narrative_json
      FROM (SELECT i.report_id, s.narrative_json FROM ${s.narratives.from} s JOIN ${idsOf} i USING (report_no)) n
      WHERE reports.report_id = n.report_id AND reports.${fragment(inPack)}`);
    await db.exec('COMMIT');
  } catch (e) {
    await db.exec('ROLLBACK');
    throw e;
  }
}
