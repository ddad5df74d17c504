import type { Connector } from '../db/index.ts';
import { sql, SqlFragment } from '../db/index.ts';
import { refreshReportPivots } from './load-batch.ts';
import {
  AGENCIES_COLUMNS,
  CELLS_COLUMNS,
  columnsLiteral,
  REPORTS_COLUMNS,
} from './csv-columns.ts';

/** The three CSV files of a dataset in the project's schema (data/<dataset>/*.csv). */
export interface DatasetFiles {
  agencies: Uint8Array;
  reports: Uint8Array;
  cells: Uint8Array;
}

export interface LoadSummary {
  agencies: number;
  reports: number;
  cells: number;
}

function readCsv(file: string, columns: Readonly<Record<string, string>>): string {
  // `file` is a name we registered ourselves (see loadDataset), never user text.
  return `read_csv('${file}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = ${columnsLiteral(columns)})`;
}

/**
 * Load one dataset all-or-nothing: inside a transaction, so a bad file leaves no rows behind and the
 * data already loaded stays as it was. Agencies already known are kept (the same agency in two datasets).
 */
export async function loadDataset(db: Connector, name: string, files: DatasetFiles): Promise<LoadSummary> {
  const prefix = `dataset-${name.replace(/[^\w-]/g, '_')}`;
  const names = { agencies: `${prefix}-agencies.csv`, reports: `${prefix}-reports.csv`, cells: `${prefix}-cells.csv` };
  await db.registerFile(names.agencies, files.agencies);
  await db.registerFile(names.reports, files.reports);
  await db.registerFile(names.cells, files.cells);
  try {
    await db.exec('BEGIN TRANSACTION');
    try {
      await db.exec(
        `INSERT INTO agencies SELECT * FROM ${readCsv(names.agencies, AGENCIES_COLUMNS)} ON CONFLICT DO NOTHING`,
      );
      const reports = new SqlFragment({ text: readCsv(names.reports, REPORTS_COLUMNS), params: [] });
      const ids = await db.query<{ report_id: string }>(sql`INSERT INTO reports SELECT * FROM ${reports} RETURNING report_id`);
      await db.exec(`INSERT INTO cells SELECT * FROM ${readCsv(names.cells, CELLS_COLUMNS)}`);
      // The pivots of this dataset's reports only: rebuilding them all per dataset cost a full rebuild each.
      await refreshReportPivots(db, ids.map((r) => r.report_id));
      await db.exec('COMMIT');
    } catch (error) {
      await db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    await Promise.all(Object.values(names).map((n) => db.dropFile(n)));
  }
  const [counts] = await db.query<{ agencies: number; reports: number; cells: number }>(sql`
    SELECT (SELECT count(*) FROM agencies) AS agencies,
           (SELECT count(*) FROM reports) AS reports,
           (SELECT count(*) FROM cells) AS cells`);
  return counts ?? { agencies: 0, reports: 0, cells: 0 };
}
