import type { Connector } from '../db/index.ts';

/**
 * Rebuild requests_cube whole from requests. It is a GROUP BY over the pivot (not over cells), so a full rebuild
 * stays cheap even after a per-report refresh; call it in the same transaction as the pivots' refresh.
 */
export async function rebuildRequestsCube(db: Connector): Promise<void> {
  await db.exec('DELETE FROM requests_cube');
  await db.exec('INSERT INTO requests_cube SELECT * FROM requests_cube_source');
}
