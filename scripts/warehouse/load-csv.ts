import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { createNodeConnector } from '../../src/db/node.ts';
import { AGENCIES_COLUMNS, CELLS_COLUMNS, loadCellKeys, loadDataset, loadFindings, REPORTS_COLUMNS } from '../../src/load/index.ts';

const literal = (columns: Readonly<Record<string, string>>) => `{${Object.entries(columns).map(([c, t]) => `'${c}': '${t}'`).join(', ')}}`;
const csv = (columns: Readonly<Record<string, string>>) =>
  `read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = ${literal(columns)})`;

const FINDINGS_COLUMNS = {
  report_id: 'VARCHAR', rule: 'VARCHAR', severity: 'VARCHAR', cells: 'VARCHAR', expected: 'DOUBLE', actual: 'DOUBLE',
  message_zh: 'VARCHAR', message_en: 'VARCHAR', related_report_id: 'VARCHAR',
} as const;

/**
 * The findings of a CSV dataset, computed by the app's own checks (src/checks through src/load, in the
 * duckdb-wasm Node build, as the browser does at load) and written to a CSV file native DuckDB reads.
 */
async function findingsCsv(files: { agencies: Uint8Array; reports: Uint8Array; cells: Uint8Array }, name: string): Promise<string> {
  const db = await createNodeConnector();
  await loadCellKeys(db);
  await loadDataset(db, name, files);
  await loadFindings(db);
  const out = db.scratchPath(`warehouse-findings-${process.pid}.csv`);
  await db.exec(`COPY (SELECT report_id, rule, severity, array_to_string(cells, chr(31)) AS cells, expected, actual, message_zh,
                              message_en, related_report_id FROM findings ORDER BY ALL)
                 TO '${out}' (HEADER, DELIMITER ',', QUOTE '"', ESCAPE '"')`);
  return out;
}

/** Load a dataset folder in the project's CSV schema (data/<dataset>/agencies.csv, reports.csv, cells.csv) with its findings. */
export async function loadCsvNative(conn: DuckDBConnection, dir: string): Promise<void> {
  const file = (n: string) => path.join(dir, `${n}.csv`);
  const bytes = (n: string) => new Uint8Array(readFileSync(file(n)));
  const findings = await findingsCsv({ agencies: bytes('agencies'), reports: bytes('reports'), cells: bytes('cells') }, path.basename(dir));
  await conn.run('BEGIN TRANSACTION');
  try {
    await conn.run(`INSERT INTO agencies SELECT * FROM ${csv(AGENCIES_COLUMNS)} ON CONFLICT DO NOTHING`, [file('agencies')]);
    await conn.run(`INSERT INTO reports SELECT * FROM ${csv(REPORTS_COLUMNS)}`, [file('reports')]);
    await conn.run(`INSERT INTO cells SELECT * FROM ${csv(CELLS_COLUMNS)}`, [file('cells')]);
    await conn.run(`INSERT INTO findings SELECT report_id, rule, severity, list_filter(string_split(cells, chr(31)), lambda c: c <> ''),
                           expected, actual, message_zh, message_en, related_report_id FROM ${csv(FINDINGS_COLUMNS)}`, [findings]);
    await conn.run('COMMIT');
  } catch (e) {
    await conn.run('ROLLBACK');
    throw new Error(`${dir}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    rmSync(findings, { force: true });
  }
}
