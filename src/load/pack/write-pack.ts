import type { Connector } from '../../db/index.ts';
import { sql } from '../../db/index.ts';
import type { PackTable, StartTable } from './columns.ts';
import { PACK_COLUMNS, quoted, START_TABLES, storedColumns } from './columns.ts';
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
  requests: `SELECT n.no AS report_no, ${cols('p', 'requests')} FROM requests p JOIN pack_no n USING (report_id)`,
  review_litigation: `SELECT n.no AS report_no, ${cols('p', 'review_litigation')} FROM review_litigation p JOIN pack_no n USING (report_id)`,
  report_summary: `SELECT n.no AS report_no, ${cols('p', 'report_summary')} FROM report_summary p JOIN pack_no n USING (report_id)`,
  findings: `SELECT n.no AS report_no, f.rule, f.severity, array_to_string(f.cells, chr(31)) AS cells, f.expected, f.actual,
                    f.message_zh, f.message_en, m.no AS related_report_no
             FROM findings f JOIN pack_no n USING (report_id) LEFT JOIN pack_no m ON m.report_id = f.related_report_id`,
  disclosure_summary: `SELECT n.no AS report_no, ${cols('p', 'disclosure_summary')} FROM disclosure_summary p JOIN pack_no n USING (report_id)`,
};

const ORDER: Record<StartTable, string> = {
  agencies: 'agency_id', reports: 'report_no', requests: 'report_no, row_key', review_litigation: 'report_no, grp',
  report_summary: 'report_no', disclosure_summary: 'report_no', findings: 'report_no, rule, cells, related_report_no',
};

const narrativesSelect = (region: number) => `
  SELECT n.no AS report_no, r.narrative_json FROM reports r JOIN pack_no n USING (report_id)
  WHERE n.region_ord = ${region} ORDER BY n.no`;

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
      for (const table of START_TABLES) {
        const exists = await one<{ n: number }>(db, `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = '${OUT(table)}'`);
        await db.exec(exists.n > 0 ? `INSERT INTO ${OUT(table)} ${START_SELECTS[table]}` : `CREATE TEMP TABLE ${OUT(table)} AS ${START_SELECTS[table]}`);
      }
      for (const d of await db.query(sql`SELECT DISTINCT dataset FROM reports`)) datasets.add(String(d.dataset));
      const added = await db.query<{ region: string; first: number; n: number; ord: number }>(sql`
        SELECT region, region_ord AS ord, min(no) AS first, count(*) AS n FROM pack_no GROUP BY region, region_ord ORDER BY ord`);
      const part: PackRegion[] = [];
      for (const r of added) {
        const ord = Number(r.ord);
        const stem = `regions/${String(ord).padStart(4, '0')}`;
        const region = `n.region_ord = ${ord}`;
        const count = await one<{ cells: number }>(db, `SELECT count(*) AS cells FROM cells c JOIN pack_no n USING (report_id) WHERE ${region}`);
        const entry: PackRegion = {
          key: r.region, name: r.region.split('/').pop() ?? r.region, firstReport: Number(r.first), reports: Number(r.n),
          cells: await file(`${stem}-cells${encoder.extension}`, db, `${cellsSelect(region)} ORDER BY n.no, k.key_code`, 'cells', Number(count.cells)),
          narratives: await file(`${stem}-narratives${encoder.extension}`, db, narrativesSelect(ord), 'narratives', Number(r.n)),
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
        const rows = await one<{ n: number }>(db, `SELECT count(*) AS n FROM ${OUT(table)}`);
        tables[table] = await file(`${table}${encoder.extension}`, db, `SELECT * FROM ${OUT(table)} ORDER BY ${ORDER[table]}`, table, Number(rows.n));
        await db.exec(`DROP TABLE ${OUT(table)}`);
      }
      const keys = await db.query<{ template: string; key: string }>(sql`SELECT template, key FROM cell_keys ORDER BY template, ord`);
      const manifest: PackManifest = {
        format: PACK_FORMAT, version: PACK_VERSION, name, encoding: encoder.encoding, datasets: [...datasets].sort(),
        keys: { count: keys.length, digest: keysDigest(keys) },
        precomputed: ['requests', 'review_litigation', 'report_summary', 'disclosure_summary', 'findings'],
        tables, regions,
        totals: { agencies: tables.agencies.rows, reports: tables.reports.rows, cells },
      };
      await sink.write('manifest.json', new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
      return manifest;
    },
  };
}
