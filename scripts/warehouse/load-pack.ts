import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PackManifest, PackTable } from '../../src/load/pack/index.ts';
import { PACK_COLUMNS, parseManifest } from '../../src/load/pack/index.ts';

// The pack's key codes (src/load/pack/sql-parts.ts): position of (template, key) in cell_keys by template, ord.
const KEY_CODES = 'SELECT template, key, CAST(row_number() OVER (ORDER BY template, ord) - 1 AS INTEGER) AS key_code FROM cell_keys';

/** How native DuckDB reads files of one pack table (both encodings are built in natively), types declared for CSV. */
function reader(m: PackManifest, table: PackTable, files: string): string {
  if (m.encoding === 'parquet') return `read_parquet(${files})`;
  const columns = Object.entries(PACK_COLUMNS[table]).map(([c, t]) => `'${c}': '${t}'`).join(', ');
  return `read_csv(${files}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {${columns}})`;
}

/**
 * Load every report of a pack (start tables and all regions' cells and narratives) into native DuckDB.
 * Findings come as the pack computed them; pivots are left to refreshPivots.
 */
export async function loadPackNative(conn: DuckDBConnection, dir: string): Promise<PackManifest> {
  const manifestPath = path.join(dir, 'manifest.json');
  const m = parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath);
  const file = (f: string) => path.join(dir, f);
  const list = (files: string[]) => `[${files.map(() => '?').join(', ')}]`;
  const cellFiles = m.regions.map((r) => file(r.cells.file));
  const narrativeFiles = m.regions.map((r) => file(r.narratives.file));
  await conn.run('BEGIN TRANSACTION');
  try {
    await conn.run(`INSERT INTO agencies SELECT agency_id, name, kind, province, city, county FROM ${reader(m, 'agencies', '?')} ON CONFLICT DO NOTHING`, [file(m.tables.agencies.file)]);
    await conn.run(`CREATE TEMP TABLE pack_ids AS SELECT report_no, report_id FROM ${reader(m, 'reports', '?')}`, [file(m.tables.reports.file)]);
    await conn.run(`CREATE TEMP TABLE pack_narratives AS SELECT report_no, narrative_json FROM ${reader(m, 'narratives', list(narrativeFiles))}`, narrativeFiles);
    await conn.run(`INSERT INTO reports BY NAME
      SELECT r.* EXCLUDE (report_no), n.narrative_json FROM ${reader(m, 'reports', '?')} r LEFT JOIN pack_narratives n USING (report_no)`, [file(m.tables.reports.file)]);
    // raw is NULL in a pack where it is the value's plain integer text (src/load/pack/region-inserts.ts).
    await conn.run(`INSERT INTO cells
      SELECT i.report_id, k.key, c.value, coalesce(c.raw, CAST(CAST(c.value AS BIGINT) AS VARCHAR)), c.unit
      FROM ${reader(m, 'cells', list(cellFiles))} c JOIN pack_ids i USING (report_no) JOIN (${KEY_CODES}) k USING (key_code)`, cellFiles);
    await conn.run(`INSERT INTO findings BY NAME
      SELECT i.report_id, f.rule, f.severity, list_filter(string_split(f.cells, chr(31)), lambda c: c <> '') AS cells,
             f.expected, f.actual, f.message_zh, f.message_en, j.report_id AS related_report_id
      FROM ${reader(m, 'findings', '?')} f JOIN pack_ids i USING (report_no) LEFT JOIN pack_ids j ON j.report_no = f.related_report_no`, [file(m.tables.findings.file)]);
    await conn.run('DROP TABLE pack_ids');
    await conn.run('DROP TABLE pack_narratives');
    await conn.run('COMMIT');
  } catch (e) {
    await conn.run('ROLLBACK');
    throw new Error(`${dir}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return m;
}
