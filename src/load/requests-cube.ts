import type { Connector } from '../db/index.ts';
import type { SqlFragment } from '../db/index.ts';
import { fragment, LIST_SEPARATOR, sql } from '../db/index.ts';
import type { Pack } from './pack/regions.ts';
import { packOf } from './pack/regions.ts';
import { ensureAllRequests, requestsComplete } from './pack/requests-regions.ts';

/** True where `column` holds one of the pack's datasets. */
const inPack = (pack: Pack, column: 'dataset' | 'r.dataset'): SqlFragment =>
  fragment(sql`list_contains(string_split(${pack.manifest.datasets.join(LIST_SEPARATOR)}, ${LIST_SEPARATOR}), ${fragment({ text: column, params: [] })})`);

/**
 * Rebuild requests_cube from requests. It is a GROUP BY over the pivot (not over cells), so a full rebuild stays
 * cheap even after a per-report refresh; call it in the same transaction as the pivots' refresh. Over a pack whose
 * requests rows are not all loaded, the groups of the pack's datasets keep the cube the pack shipped (its reports
 * are as they were: see prepareReportRemoval), and only the other datasets' groups are summed again.
 */
export async function rebuildRequestsCube(db: Connector): Promise<void> {
  const pack = packOf(db);
  if (!pack || requestsComplete(db)) {
    await db.exec('DELETE FROM requests_cube');
    await db.exec('INSERT INTO requests_cube SELECT * FROM requests_cube_source');
    return;
  }
  const own = inPack(pack, 'dataset');
  const [check] = await db.query<{ outside: number; reports: number; packed: number }>(sql`
    SELECT count(*) FILTER (WHERE p.report_id IS NULL) AS outside, count(*) AS reports, (SELECT count(*) FROM pack_reports) AS packed
    FROM reports r LEFT JOIN pack_reports p USING (report_id) WHERE ${inPack(pack, 'r.dataset')}`);
  if (Number(check?.outside) > 0 || Number(check?.reports) !== Number(check?.packed)) {
    // A programming error, never a wrong figure: the pack's groups would no longer match its reports.
    throw new Error('requests_cube: the pack’s reports changed while its requests rows were not all loaded (call prepareReportRemoval first)');
  }
  await db.query(sql`DELETE FROM requests_cube WHERE NOT ${own}`);
  await db.query(sql`INSERT INTO requests_cube SELECT * FROM requests_cube_source WHERE NOT ${own}`);
}

/**
 * Before a transaction that removes reports (an import that replaces some): if one of them is the pack's, load
 * every region's requests rows, so the cube's groups of that report can be summed again from requests.
 */
export async function prepareReportRemoval(db: Connector, reportIds: readonly string[]): Promise<void> {
  const pack = packOf(db);
  if (!pack || reportIds.length === 0 || requestsComplete(db)) return;
  const [hit] = await db.query<{ n: number }>(sql`
    SELECT count(*) AS n FROM reports r JOIN pack_reports p USING (report_id)
    WHERE ${inPack(pack, 'r.dataset')} AND r.report_id IN (SELECT unnest(string_split(${reportIds.join(LIST_SEPARATOR)}, ${LIST_SEPARATOR})))`);
  if (Number(hit?.n) > 0) await ensureAllRequests(db);
}
