import type { Connector, SqlFragment } from '../db/index.ts';
import { fragment, sql } from '../db/index.ts';
import { ensureAgencyRequests } from '../load/index.ts';
import type { Filters } from './filters.ts';

/** Where a requests view sums from, and how it counts the reports behind a sum there. */
export interface RequestsSource {
  table: SqlFragment;
  /** Reports (pivot rows) summed. */
  reports: SqlFragment;
  /** Of those, the ones whose 总计 is blank. */
  reportsWithoutTotal: SqlFragment;
}

/**
 * requests_cube (requests summed by every filter column but agency_id) unless agencies are picked; then the
 * 1.7 M-row pivot itself. filterClause and noDoubleCounting read the same columns in both.
 */
export function requestsSource(f: Filters): RequestsSource {
  if ((f.agencies ?? []).length > 0) {
    return {
      table: fragment(sql`requests`),
      reports: fragment(sql`count(*)`),
      reportsWithoutTotal: fragment(sql`count(*) FILTER (WHERE total IS NULL)`),
    };
  }
  return {
    table: fragment(sql`requests_cube`),
    reports: fragment(sql`CAST(sum(reports) AS BIGINT)`),
    reportsWithoutTotal: fragment(sql`CAST(sum(reports_without_total) AS BIGINT)`),
  };
}

/**
 * Make the rows requestsSource(f) reads complete: over a pack, requests holds only the regions loaded so far, so
 * the picked agencies' regions load first (the cube is always whole). Await it before running the query.
 */
export async function requestsReady(db: Connector, f: Filters): Promise<void> {
  if ((f.agencies ?? []).length > 0) await ensureAgencyRequests(db, f.agencies ?? []);
}
