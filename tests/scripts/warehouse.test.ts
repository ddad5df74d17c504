import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCsvNative } from '../../scripts/warehouse/load-csv.ts';
import { openNative, refreshPivots, scalar } from '../../scripts/warehouse/native.ts';
import { NO_PROVINCE, writeParquet } from '../../scripts/warehouse/write-parquet.ts';

const out = mkdtempSync(path.join(os.tmpdir(), 'atlas-warehouse-'));
let conn: DuckDBConnection;
const csv = (file: string) => `read_csv('${file}', header = true, all_varchar = true)`;
const parquet = (table: string) => `read_parquet('${out}/${table}/**/*.parquet', hive_partitioning = true)`;

beforeAll(async () => {
  ({ conn } = await openNative());
  await loadCsvNative(conn, 'data/demo');
  await loadCsvNative(conn, 'data/samples');
  await refreshPivots(conn);
  await writeParquet(conn, out);
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('warehouse over the demo county and the samples', () => {
  it('writes one province=…/year=… folder per province and year of the reports', async () => {
    const years = await scalar(conn, `SELECT count(DISTINCT year) FROM ${csv('data/demo/reports.csv')}`);
    const province = readdirSync(path.join(out, 'cells')).find((d) => decodeURIComponent(d) === 'province=示范省');
    expect(province).toBeDefined();
    expect(readdirSync(path.join(out, 'cells', province ?? '')).filter((d) => /^year=\d{4}$/.test(d))).toHaveLength(years);
    expect(existsSync(path.join(out, 'agencies.parquet'))).toBe(true);
  });

  it('keeps every row of the CSV files, and reports without a province under the Hive default partition', async () => {
    const source = (file: string) => scalar(conn, `SELECT (SELECT count(*) FROM ${csv(`data/demo/${file}`)}) + (SELECT count(*) FROM ${csv(`data/samples/${file}`)})`);
    expect(await scalar(conn, `SELECT count(*) FROM ${parquet('cells')}`)).toBe(await source('cells.csv'));
    expect(await scalar(conn, `SELECT count(*) FROM ${parquet('reports')}`)).toBe(await source('reports.csv'));
    expect(await scalar(conn, `SELECT count(*) FROM ${parquet('report_summary')}`)).toBe(await source('reports.csv'));
    const unplaced = await scalar(conn, "SELECT count(*) FROM reports JOIN agencies USING (agency_id) WHERE coalesce(province, '') = ''");
    expect(unplaced).toBeGreaterThan(0);
    expect(await scalar(conn, `SELECT count(*) FROM ${parquet('reports')} WHERE province = '${NO_PROVINCE}'`)).toBe(unplaced);
  });

  it('answers a view query from the Parquet files as from the loaded tables', async () => {
    const byYear = (from: string) =>
      conn.runAndReadAll(`SELECT CAST(year AS INTEGER) AS year, sum(received_new) AS n FROM ${from} WHERE dataset = 'demo' AND kind <> 'jurisdiction' GROUP BY year ORDER BY year`);
    const [loaded, written] = await Promise.all([byYear('report_summary'), byYear(parquet('report_summary'))]);
    expect(written.getRowObjectsJson()).toEqual(loaded.getRowObjectsJson());
    expect(loaded.getRows().length).toBeGreaterThan(0);
  });

  it('carries the findings the checks computed', async () => {
    expect(await scalar(conn, 'SELECT count(*) FROM findings')).toBeGreaterThan(0);
    expect(await scalar(conn, `SELECT count(*) FROM ${parquet('findings')}`)).toBe(await scalar(conn, 'SELECT count(*) FROM findings'));
  });
});
