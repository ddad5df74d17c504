import type { Connector } from '../../db/index.ts';
import { LIST_SEPARATOR, sql, SqlFragment } from '../../db/index.ts';
import type { Pack } from './regions.ts';
import { packOf } from './regions.ts';
import { REGION_KEY } from './sql-parts.ts';

/** Whether requests holds every row it would with the whole pack loaded (always without a pack). */
export function requestsComplete(db: Connector): boolean {
  const pack = packOf(db);
  return !pack || pack.requestsLoaded().size === pack.manifest.regions.length;
}

const REGION_SQL = new SqlFragment({ text: REGION_KEY, params: [] });

const regionIndexes = (pack: Pack): Map<string, number> => new Map(pack.manifest.regions.map((r, i) => [r.key, i]));

/** Load the requests rows of these agencies' regions, so a query on requests filtered to them sees all their rows. */
export async function ensureAgencyRequests(db: Connector, agencyIds: readonly string[]): Promise<void> {
  const pack = packOf(db);
  if (!pack || agencyIds.length === 0 || requestsComplete(db)) return;
  const rows = await db.query<{ region: string }>(sql`
    SELECT DISTINCT ${REGION_SQL} AS region FROM agencies a
    WHERE agency_id IN (SELECT unnest(string_split(${agencyIds.join(LIST_SEPARATOR)}, ${LIST_SEPARATOR})))`);
  const index = regionIndexes(pack);
  await pack.loadRequests(rows.flatMap((r) => (index.has(r.region) ? [index.get(r.region) as number] : [])));
}

/** Load every region's requests rows (for SQL that reads the whole table); a no-op once they are. */
export async function ensureAllRequests(db: Connector): Promise<void> {
  const pack = packOf(db);
  if (!pack || requestsComplete(db)) return;
  await pack.loadRequests(pack.manifest.regions.map((_, i) => i));
}
