import type { Connector } from '../db/index.ts';
import { fragment, ident, LIST_SEPARATOR, sql, SqlFragment } from '../db/index.ts';
import { AGENCIES_COLUMNS, CELLS_COLUMNS, columnsLiteral, REPORTS_COLUMNS } from './csv-columns.ts';
import type { DatasetFiles } from './load-dataset.ts';
import { prepareReportRemoval, rebuildRequestsCube } from './requests-cube.ts';

/** A manual correction of one cell, as the corrections table stores it. */
export interface Correction {
  reportId: string;
  key: string;
  value: number | null;
  previousRaw: string;
  candidates: number[];
  author: string;
  /** ISO timestamp. */
  at: string;
  reason: string;
}

/** How one imported file joins the data already loaded. */
export interface BatchOptions {
  /** Reports removed first (the user chose "replace"), with their cells, findings and corrections. */
  replaces?: readonly string[];
  /** Appended to every report id of the file ("keep both": the copy is a distinct report). */
  idSuffix?: string;
  corrections?: readonly Correction[];
  /** Overrides the dataset column of every report (tables in the project schema come in as 'imported'). */
  dataset?: string;
}

const readCsv = (file: string, columns: Readonly<Record<string, string>>): string =>
  `read_csv('${file}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = ${columnsLiteral(columns)})`;

async function insertCorrection(db: Connector, c: Correction, suffix: string): Promise<void> {
  await db.query(sql`
    INSERT OR REPLACE INTO corrections VALUES (${c.reportId + suffix}, ${c.key}, ${c.value}, ${c.previousRaw},
      list_transform(list_filter(string_split(${c.candidates.join(',')}, ','), lambda s: s <> ''), lambda s: CAST(s AS DOUBLE)),
      ${c.author}, CAST(${c.at} AS TIMESTAMP), ${c.reason})`);
}

async function removeReports(db: Connector, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await db.query(sql`DELETE FROM cells WHERE report_id = ${id}`);
    await db.query(sql`DELETE FROM findings WHERE report_id = ${id}`);
    await db.query(sql`DELETE FROM corrections WHERE report_id = ${id}`);
    await db.query(sql`DELETE FROM reports WHERE report_id = ${id}`);
  }
  if (ids.length > 0) await db.exec('DELETE FROM agencies WHERE agency_id NOT IN (SELECT agency_id FROM reports)');
}

/**
 * Load the three CSV tables of one imported file all-or-nothing, in its own transaction: replaced reports
 * go, the file's reports, cells and corrections come in, pivots are rebuilt. Returns the report ids loaded.
 */
export async function loadBatch(db: Connector, name: string, files: DatasetFiles, options: BatchOptions = {}): Promise<string[]> {
  const prefix = `batch-${name.replace(/[^\w-]/g, '_')}`;
  const names = { agencies: `${prefix}-agencies.csv`, reports: `${prefix}-reports.csv`, cells: `${prefix}-cells.csv` };
  const suffix = options.idSuffix ?? '';
  await db.registerFile(names.agencies, files.agencies);
  await db.registerFile(names.reports, files.reports);
  await db.registerFile(names.cells, files.cells);
  try {
    await prepareReportRemoval(db, options.replaces ?? []);
    await db.exec('BEGIN TRANSACTION');
    try {
      await removeReports(db, options.replaces ?? []);
      await db.exec(`INSERT INTO agencies SELECT DISTINCT ON (agency_id) * FROM ${readCsv(names.agencies, AGENCIES_COLUMNS)} ON CONFLICT DO NOTHING`);
      const ids = await db.query<{ report_id: string }>(
        sql`INSERT INTO reports SELECT * REPLACE (report_id || ${suffix} AS report_id, coalesce(${options.dataset ?? null}, dataset) AS dataset) FROM ${rawCsv(names.reports)} RETURNING report_id`,
      );
      await db.query(sql`INSERT INTO cells SELECT * REPLACE (report_id || ${suffix} AS report_id) FROM ${rawCsv(names.cells, 'cells')}`);
      for (const c of options.corrections ?? []) await insertCorrection(db, c, suffix);
      const loaded = ids.map((r) => r.report_id).sort();
      await refreshReportPivots(db, [...(options.replaces ?? []), ...loaded]);
      await db.exec('COMMIT');
      return loaded;
    } catch (error) {
      await db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    await Promise.all(Object.values(names).map((n) => db.dropFile(n)));
  }
}

/** A trusted SQL fragment reading one of our registered files (names are ours, never user text). */
function rawCsv(file: string, table: 'reports' | 'cells' = 'reports'): SqlFragment {
  return new SqlFragment({ text: readCsv(file, table === 'cells' ? CELLS_COLUMNS : REPORTS_COLUMNS), params: [] });
}

const PIVOTS = ['requests', 'review_litigation', 'report_summary', 'disclosure_summary'] as const;

/**
 * Rebuild the pivot rows of some reports only: a full refreshPivots per imported file costs O(all cells) each
 * time. The ids are a semi-join (IN a subquery), not list_contains per row: three times faster for 500 ids.
 * requests_cube, a GROUP BY over requests (not over cells), is rebuilt whole.
 */
export async function refreshReportPivots(db: Connector, ids: readonly string[]): Promise<void> {
  const among = fragment(sql`report_id IN (SELECT unnest(string_split(${ids.join(LIST_SEPARATOR)}, ${LIST_SEPARATOR})))`);
  for (const table of PIVOTS) {
    await db.query(sql`DELETE FROM ${ident(table)} WHERE ${among}`);
    await db.query(sql`INSERT INTO ${ident(table)} SELECT * FROM ${ident(`${table}_source`)} WHERE ${among}`);
  }
  await rebuildRequestsCube(db);
}
