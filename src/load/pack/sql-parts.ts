import type { SqlFragment } from '../../db/index.ts';
import { fragment, sql } from '../../db/index.ts';

/** A report's region: its agency's province/city/county (a county, or a city for city-level agencies). */
export const REGION_KEY = "concat_ws('/', a.province, a.city, a.county)";

/** Key codes of a pack: the position of (template, key) in cell_keys ordered by template, then ord. */
export const KEY_CODES = 'SELECT template, key, CAST(row_number() OVER (ORDER BY template, ord) - 1 AS INTEGER) AS key_code FROM cell_keys';

/** Rows of the cells table from a staged pack cells file and a report_no → report_id relation `ids`. */
export function cellRows(cells: SqlFragment, ids: SqlFragment): SqlFragment {
  return fragment(sql`
    SELECT i.report_id, k.key, c.value, coalesce(c.raw, CAST(CAST(c.value AS BIGINT) AS VARCHAR)) AS raw, c.unit
    FROM ${cells} c JOIN ${ids} i USING (report_no)
    JOIN (${fragment({ text: KEY_CODES, params: [] })}) k USING (key_code)`);
}
