import type { Connector } from '../db/index.ts';

const PIVOTS = ['requests', 'review_litigation', 'report_summary'] as const;

/**
 * Rebuild the materialised pivots (requests, review_litigation, report_summary) from cells. Call inside
 * the loading transaction so readers never see cells and pivots disagree.
 */
export async function refreshPivots(db: Connector): Promise<void> {
  for (const table of PIVOTS) {
    await db.exec(`DELETE FROM ${table}`);
    await db.exec(`INSERT INTO ${table} SELECT * FROM ${table}_source`);
  }
}
