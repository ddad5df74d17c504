import type { Connector } from '../../db/index.ts';
import { fragment, LIST_SEPARATOR, sql, SqlFragment } from '../../db/index.ts';
import { cellRows } from './sql-parts.ts';
import type { Staged } from './stage.ts';

/**
 * Insert one region's cells and narratives in a transaction. Reports of the region that an import has
 * replaced since (no longer in one of the pack's datasets) are skipped.
 */
export async function regionInserts(
  db: Connector,
  s: { cells: Staged; narratives: Staged },
  first: number,
  ids: readonly string[],
  datasets: readonly string[],
): Promise<void> {
  // Report numbers → ids of this region, the ids bound as one list parameter.
  const idsOf = new SqlFragment(sql`(SELECT CAST(${first} + generate_subscripts(l, 1) - 1 AS INTEGER) AS report_no, unnest(l) AS report_id
    FROM (SELECT string_split(${ids.join(LIST_SEPARATOR)}, ${LIST_SEPARATOR}) AS l))`);
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
