import type { Connector } from '../../db/index.ts';
import { sql } from '../../db/index.ts';
import type { PackTable, StartTable } from './columns.ts';
import { CUBE_GROUPS, PACK_COLUMNS, quoted, START_TABLES, storedColumns } from './columns.ts';
import type { PackEncoding, PackFile, PackManifest, PackRegion } from './manifest.ts';
import { keysDigest, PACK_FORMAT, PACK_VERSION } from './manifest.ts';
import { KEY_CODES, REGION_KEY } from './sql-parts.ts';

/** Where a pack's files go (a directory on disk, or memory in tests). */
export interface PackSink {
  write(file: string, bytes: Uint8Array): Promise<void>;
}

/** Turns the rows of a SELECT (trusted text) into one file of the pack. */
export interface PackEncoder {
  encoding: PackEncoding;
  extension: string;
  encode(db: Connector, select: string, table: PackTable): Promise<Uint8Array>;
}

export interface PackBuilder {
  /** Add everything the database holds now (whole regions, with pivots and findings computed). */
  addPart(db: Connector): Promise<PackRegion[]>;
  /** Write the start tables and manifest.json. */
  finish(db: Connector): Promise<PackManifest>;
}

const OUT = (t: StartTable) => `pack_out_${t}`;
const cols = (alias: string, table: PackTable) => storedColumns(table).map((c) => `${alias}.${quoted(c)}`).join(', ');

// Raw text is kept only where it differs from the integer's plain text: most cells are plain counts.
const cellsSelect = (where: string) => `
  SELECT n.no AS report_no, k.key_code, c.value,
         CASE WHEN c.value = trunc(c.value) AND abs(c.value) < 1e15 AND c.raw = CAST(CAST(c.value AS BIGINT) AS VARCHAR)
              THEN NULL ELSE c.raw END AS raw,
         c.unit
  FROM cells c JOIN reports r USING (report_id) JOIN pack_no n USING (report_id)
  JOIN pack_key k ON k.template = CASE split_part(c.key, '.', 1) WHEN 't2' THEN r.t2_template
                                    WHEN 't3' THEN r.t3_template WHEN 't4' THEN r.t4_template END
                 AND k.key = c.key
  WHERE ${where}`;

/** What each start table of the pack is, over the part loaded now (pack_no numbers its reports). */
const START_SELECTS: Record<StartTable, string> = {
  agencies: `SELECT ${Object.keys(PACK_COLUMNS.agencies).join(', ')} FROM agencies`,
  reports: `SELECT n.no AS report_no, ${cols('r', 'reports')} FROM reports r JOIN pack_no n USING (report_id)`,
  requests_cube: `SELECT ${Object.keys(PACK_COLUMNS.requests_cube).map(quoted).join(', ')} FROM requests_cube_source`,
  review_litigation: `SELECT n.no AS report_no, ${cols('p', 'review_litigation')} FROM review_litigation p JOIN pack_no n USING (report_id)`,
  report_summary: `SELECT n.no AS report_no, ${cols('p', 'report_summary')} FROM report_summary p JOIN pack_no n USING (report_id)`,
  findings: `SELECT n.no AS report_no, f.rule, f.severity, array_to_string(f.cells, chr(31)) AS cells, f.expected, f.actual,
                    f.message_zh, f.message_en, m.no AS related_report_no
             FROM findings f JOIN pack_no n USING (report_id) LEFT JOIN pack_no m ON m.report_id = f.related_report_id`,
  disclosure_summary: `SELECT n.no AS report_no, ${cols('p', 'disclosure_summary')} FROM disclosure_summary p JOIN pack_no n USING (report_id)`,
};

const ORDER: Record<StartTable, string> = {
  agencies: 'agency_id', reports: 'report_no', requests_cube: CUBE_GROUPS.join(', '), review_litigation: 'report_no, grp',
  report_summary: 'report_no', disclosure_summary: 'report_no', findings: 'report_no, rule, cells, related_report_no',
};

// Each part's cube covers its own reports: groups two parts share (a county name, NULL for city agencies) add up.
const sums = Object.keys(PACK_COLUMNS.requests_cube).filter((c) => !(CUBE_GROUPS as readonly string[]).includes(c));
const CUBE_OF_PARTS = `SELECT ${CUBE_GROUPS.join(', ')},
  ${sums.map((c) => `${c === 'reports' || c === 'reports_without_total' ? `CAST(sum(${c}) AS BIGINT)` : `sum(${c})`} AS ${c}`).join(', ')}
  FROM ${OUT('requests_cube')} GROUP BY ALL`;

const finalSelect = (table: StartTable) => `SELECT * FROM ${table === 'requests_cube' ? `(${CUBE_OF_PARTS})` : OUT(table)} ORDER BY ${ORDER[table]}`;

const narrativesSelect = (region: number) => `
  SELECT n.no AS report_no, r.narrative_json FROM reports r JOIN pack_no n USING (report_id)
  WHERE n.region_ord = ${region} ORDER BY n.no`;

const requestsSelect = (where: string) => `
  SELECT n.no AS report_no, ${cols('p', 'requests')} FROM requests p JOIN pack_no n USING (report_id) WHERE ${where}`;
const ALL_REQUESTS = 'pack_out_all_requests';

async function one<T>(db: Connector, text: string): Promise<T> {
  const [row] = await db.query({ text, params: [] });
  return row as T;
}

/** Build a pack part by part, so a province never sits in memory whole: cells go to disk region by region. */
export function packBuilder(sink: PackSink, encoder: PackEncoder, name: string): PackBuilder {
  const regions: PackRegion[] = [];
  const datasets = new Set<string>();
  let nextReport = 0;
  let cells = 0;
  const file = async (path: string, db: Connector, select: string, table: PackTable, rows: number): Promise<PackFile> => {
    const bytes = await encoder.encode(db, select, table);
    await sink.write(path, bytes);
    return { file: path, rows, bytes: bytes.length };
  };
  return {
    async addPart(db) {
      await db.exec(`CREATE OR REPLACE TEMP TABLE pack_key AS ${KEY_CODES}`);
      await db.exec(`CREATE OR REPLACE TEMP TABLE pack_no AS
        SELECT report_id, region, CAST(dense_rank() OVER (ORDER BY region) - 1 + ${regions.length} AS INTEGER) AS region_ord,
               CAST(row_number() OVER (ORDER BY region, report_id) - 1 + ${nextReport} AS INTEGER) AS no
        FROM (SELECT r.report_id, ${REGION_KEY} AS region FROM reports r JOIN agencies a USING (agency_id))`);
      const unknown = await one<{ n: number }>(db, `SELECT count(*) AS n FROM cells c JOIN reports r USING (report_id)
        LEFT JOIN pack_key k ON k.key = c.key AND k.template = CASE split_part(c.key, '.', 1) WHEN 't2' THEN r.t2_template
          WHEN 't3' THEN r.t3_template WHEN 't4' THEN r.t4_template END WHERE k.key IS NULL`);
      if (unknown.n > 0) throw new Error(`${unknown.n} cells have a key that is not a key of their table's template`);
      const orphans = await one<{ n: number }>(db, 'SELECT count(*) AS n FROM findings WHERE report_id NOT IN (SELECT report_id FROM reports) OR related_report_id NOT IN (SELECT report_id FROM reports)');
      if (orphans.n > 0) throw new Error(`${orphans.n} findings refer to reports that are not loaded`);
      for (const [out, select] of [...START_TABLES.map((t) => [OUT(t), START_SELECTS[t]] as const), [ALL_REQUESTS, requestsSelect('true')] as const]) {
        const exists = await one<{ n: number }>(db, `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = '${out}'`);
        await db.exec(exists.n > 0 ? `INSERT INTO ${out} ${select}` : `CREATE TEMP TABLE ${out} AS ${select}`);
      }
      for (const d of await db.query(sql`SELECT DISTINCT dataset FROM reports`)) datasets.add(String(d.dataset));
      const added = await db.query<{ region: string; first: number; n: number; ord: number }>(sql`
        SELECT region, region_ord AS ord, min(no) AS first, count(*) AS n FROM pack_no GROUP BY region, region_ord ORDER BY ord`);
      const part: PackRegion[] = [];
      for (const r of added) {
        const ord = Number(r.ord);
        const stem = `regions/${String(ord).padStart(4, '0')}`;
        const region = `n.region_ord = ${ord}`;
        const count = await one<{ cells: number; requests: number }>(db, `SELECT
          (SELECT count(*) FROM cells c JOIN pack_no n USING (report_id) WHERE ${region}) AS cells,
          (SELECT count(*) FROM requests p JOIN pack_no n USING (report_id) WHERE ${region}) AS requests`);
        const entry: PackRegion = {
          key: r.region, name: r.region.split('/').pop() ?? r.region, firstReport: Number(r.first), reports: Number(r.n),
          cells: await file(`${stem}-cells${encoder.extension}`, db, `${cellsSelect(region)} ORDER BY n.no, k.key_code`, 'cells', Number(count.cells)),
          narratives: await file(`${stem}-narratives${encoder.extension}`, db, narrativesSelect(ord), 'narratives', Number(r.n)),
          requests: await file(`${stem}-requests${encoder.extension}`, db, `${requestsSelect(region)} ORDER BY n.no, p.row_key`, 'requests', Number(count.requests)),
        };
        cells += entry.cells.rows;
        part.push(entry);
      }
      regions.push(...part);
      nextReport += part.reduce((s, r) => s + r.reports, 0);
      return part;
    },
    async finish(db) {
      const tables = {} as Record<StartTable, PackFile>;
      for (const table of START_TABLES) {
        const rows = await one<{ n: number }>(db, `SELECT count(*) AS n FROM (${finalSelect(table)})`);
        tables[table] = await file(`${table}${encoder.extension}`, db, finalSelect(table), table, Number(rows.n));
        await db.exec(`DROP TABLE ${OUT(table)}`);
      }
      const all = await one<{ n: number }>(db, `SELECT count(*) AS n FROM ${ALL_REQUESTS}`);
      const requests = await file(`requests${encoder.extension}`, db, `SELECT * FROM ${ALL_REQUESTS} ORDER BY report_no, row_key`, 'requests', Number(all.n));
      await db.exec(`DROP TABLE ${ALL_REQUESTS}`);
      const keys = await db.query<{ template: string; key: string }>(sql`SELECT template, key FROM cell_keys ORDER BY template, ord`);
      const manifest: PackManifest = {
        format: PACK_FORMAT, version: PACK_VERSION, name, encoding: encoder.encoding, datasets: [...datasets].sort(),
        keys: { count: keys.length, digest: keysDigest(keys) },
        precomputed: ['requests', 'requests_cube', 'review_litigation', 'report_summary', 'disclosure_summary', 'findings'],
        tables, requests, regions,
        totals: { agencies: tables.agencies.rows, reports: tables.reports.rows, cells },
      };
      await sink.write('manifest.json', new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
      return manifest;
    },
  };
}
