import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { scalar } from './native.ts';

/**
 * Each table with the province and year it is partitioned by (from its report's agency). Partition
 * columns live in the folder names (province=…/year=…), not in the files, as Hive, Spark and Trino expect.
 */
const PARTITIONED: Record<string, string> = {
  reports: 'SELECT r.*, a.province FROM reports r JOIN agencies a USING (agency_id)',
  cells: 'SELECT c.*, a.province, r.year FROM cells c JOIN reports r USING (report_id) JOIN agencies a USING (agency_id)',
  findings: 'SELECT f.*, a.province, r.year FROM findings f JOIN reports r USING (report_id) JOIN agencies a USING (agency_id)',
  requests: 'SELECT p.*, a.province FROM requests p JOIN agencies a USING (agency_id)',
  review_litigation: 'SELECT p.*, a.province FROM review_litigation p JOIN agencies a USING (agency_id)',
  report_summary: 'SELECT * FROM report_summary',
};

/** Hive's name for a missing partition value, which Spark and Trino read as NULL (an empty folder value breaks them). */
export const NO_PROVINCE = '__HIVE_DEFAULT_PARTITION__';
const PROVINCE = `coalesce(nullif(province, ''), '${NO_PROVINCE}')`;

/** Small tables without a year, one file each. */
const SINGLE = ['agencies', 'cell_keys', 'corrections'];

export interface WrittenTable {
  table: string;
  rows: number;
  partitions: number;
}

/** Write every table of the warehouse under `out` as zstd Parquet, the report tables Hive-partitioned by province/year. */
export async function writeParquet(conn: DuckDBConnection, out: string): Promise<WrittenTable[]> {
  mkdirSync(out, { recursive: true });
  const written: WrittenTable[] = [];
  for (const [table, select] of Object.entries(PARTITIONED)) {
    // Paths are the operator's own folder (a command-line argument): DuckDB's COPY takes no bound target.
    const target = path.join(out, table).replaceAll("'", "''");
    const rows = `SELECT * REPLACE (${PROVINCE} AS province) FROM (${select})`;
    await conn.run(`COPY (${rows} ORDER BY province, year) TO '${target}'
                    (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (province, year), OVERWRITE_OR_IGNORE)`);
    const partitions = await scalar(conn, `SELECT count(DISTINCT (province, year)) FROM (${rows})`);
    written.push({ table, rows: await scalar(conn, `SELECT count(*) FROM ${table}`), partitions });
  }
  for (const table of SINGLE) {
    const target = path.join(out, `${table}.parquet`).replaceAll("'", "''");
    await conn.run(`COPY (SELECT * FROM ${table} ORDER BY ALL) TO '${target}' (FORMAT parquet, COMPRESSION zstd)`);
    written.push({ table, rows: await scalar(conn, `SELECT count(*) FROM ${table}`), partitions: 0 });
  }
  return written;
}
