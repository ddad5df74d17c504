import type { Connector } from '../db/index.ts';
import { ident, sql } from '../db/index.ts';
import { unloadedReports } from './pack/regions.ts';
import { rebuildRequestsCube } from './requests-cube.ts';

const PIVOTS = ['requests', 'review_litigation', 'report_summary', 'disclosure_summary'] as const;

/**
 * Rebuild the materialised pivots (requests, review_litigation, report_summary, disclosure_summary) from cells, then
 * requests_cube from requests. Call inside the loading transaction so readers never see cells and pivots disagree.
 */
export async function refreshPivots(db: Connector): Promise<void> {
  // Over a pack, reports of regions whose cells are not loaded keep the pack's precomputed rows.
  const kept = unloadedReports(db);
  for (const table of PIVOTS) {
    await db.query(sql`DELETE FROM ${ident(table)} WHERE NOT (${kept})`);
    await db.query(sql`INSERT INTO ${ident(table)} SELECT * FROM ${ident(`${table}_source`)} WHERE NOT (${kept})`);
  }
  await rebuildRequestsCube(db);
}
