import type { Connector, SqlFragment } from '../db/index.ts';
import { fragment, LIST_SEPARATOR, sql } from '../db/index.ts';
import type { ReportRecord } from '../domain/index.ts';
import type { RecordsIpc } from './records-ipc.ts';
import { CELL_KEYS, recordsFromIpc } from './records-ipc.ts';

const EVERY = fragment(sql`true`);

/** The reports read: all, or those with these ids (a semi-join on one bound list). */
const among = (ids?: readonly string[]): SqlFragment =>
  ids ? fragment(sql`report_id IN (SELECT unnest(string_split(${ids.join(LIST_SEPARATOR)}, ${LIST_SEPARATOR})))`) : EVERY;

// Reports in report_id order; `r` below is a report's position in that order.
const reportsOf = (which: SqlFragment) => sql`
  SELECT r.report_id, r.agency_id, a.name, a.kind, a.province, a.city, a.county, r.year, r.template,
         r.t2_template, r.t3_template, r.t4_template, r.source_file, r.title,
         CAST(r.publish_date AS VARCHAR) AS publish_date, r.dataset,
         r.narrative_json, r.extra_rows_json, r.ambiguous_json
  FROM reports r JOIN agencies a USING (agency_id)
  WHERE ${which}
  ORDER BY r.report_id`;

// Report positions, and the canonical keys with their positions in CELL_KEYS (bound as one list).
const ordinals = (which: SqlFragment) =>
  fragment(sql`
  ids AS (SELECT report_id, CAST(row_number() OVER (ORDER BY report_id) - 1 AS INTEGER) AS r
          FROM reports JOIN agencies USING (agency_id) WHERE ${which}),
  dict AS (SELECT CAST(generate_subscripts(l, 1) - 1 AS SMALLINT) AS k, unnest(l) AS key
           FROM (SELECT string_split(${CELL_KEYS.join(LIST_SEPARATOR)}, ${LIST_SEPARATOR}) AS l))`);

// Every cell with a canonical key as three numbers: report and key positions instead of their long strings.
const cellsOf = (which: SqlFragment) => sql`
  WITH ${ordinals(which)}
  SELECT ids.r, dict.k, c.value AS v FROM cells c JOIN ids USING (report_id) JOIN dict USING (key)`;

// The few cells the numbers above do not tell in full: raw text other than the value's integer text (or
// than empty for an empty cell), a money unit, or a key outside the templates.
const exceptionsOf = (which: SqlFragment) => sql`
  WITH ${ordinals(which)}
  SELECT ids.r, c.key, c.value AS v, c.raw, c.unit
  FROM cells c JOIN ids USING (report_id)
  WHERE c.unit IS NOT NULL
     OR CASE WHEN c.value IS NULL THEN coalesce(c.raw, '') <> ''
             WHEN c.value = trunc(c.value) AND abs(c.value) < 9007199254740992
               THEN c.raw IS DISTINCT FROM CAST(CAST(c.value AS BIGINT) AS VARCHAR)
             ELSE true END
     OR c.key NOT IN (SELECT key FROM dict)`;

/** The loaded reports (all, or those of `ids`) and their cells as compact Arrow IPC streams, undecoded (a worker may decode them). */
export async function readRecordsIpc(db: Connector, ids?: readonly string[]): Promise<RecordsIpc> {
  const which = among(ids);
  const reports = await db.queryIpc(reportsOf(which));
  const cells = await db.queryIpc(cellsOf(which));
  const exceptions = await db.queryIpc(exceptionsOf(which));
  return { reports, cells, exceptions };
}

/** Read every loaded report back as ReportRecords (for the consistency checks). */
export async function readRecords(db: Connector): Promise<ReportRecord[]> {
  return recordsFromIpc(await readRecordsIpc(db));
}
