import { readFileSync } from 'node:fs';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { loadCellKeys, loadDataset } from '../../src/load/index.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures-report/${name}`, import.meta.url)));

export const P = '示范省/演示市/测试县';

/**
 * A fresh Node DuckDB with the hand-checked dataset 'rpt' (years 2020–2023): 甲局 2020, 2022 (mixed), 2023
 * (no 2021 report); 乙局 2021–2022; 丙局 2022 (unreadable narrative); 丁镇 2021 (ambiguous cell, extra row,
 * markup in its narrative). 公开率 2022 among departments: 甲局 8/10, 乙局 1/3, 丙局 5/40. Two findings on
 * 甲局 2022 (an error and a warning), written here by hand rather than by the checks.
 */
export async function fixtureReportDb(): Promise<Connector> {
  const db = await createNodeConnector();
  await loadCellKeys(db);
  await loadDataset(db, 'rpt', {
    agencies: fixture('agencies.csv'),
    reports: fixture('reports.csv'),
    cells: fixture('cells.csv'),
  });
  const report = `${P}/甲局|2022`;
  await db.query(sql`
    INSERT INTO findings VALUES
      (${report}, 'X1', 'warning', ['t3.carried_over_in.total'], 1, 0, '上年结转与上年年报不符', 'carry-over mismatch', ${`${P}/甲局|2020`}),
      (${report}, 'R3.1', 'error', ['t3.received_new.total', 't3.processed_total.total'], 10, 12, '收结不平衡', 'flow does not balance', NULL)`);
  return db;
}
