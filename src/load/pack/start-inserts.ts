import type { Connector } from '../../db/index.ts';
import { ident, sql, SqlFragment } from '../../db/index.ts';
import type { StartTable } from './columns.ts';
import { PIVOT_JOINS, quoted, storedColumns } from './columns.ts';
import type { Staged } from './stage.ts';

const PIVOTS = ['review_litigation', 'report_summary', 'disclosure_summary'] as const;

/**
 * Insert the staged start tables in one transaction. The pack's report numbers stay in the temp table
 * `pack_reports` (report_no, report_id, …) for the region loads: 70,000 ids never cross to JavaScript.
 */
export async function startInserts(db: Connector, s: Record<StartTable, Staged>, fileOf: (t: StartTable) => string): Promise<void> {
  const step = async (table: StartTable, run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (e) {
      throw new Error(`${fileOf(table)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  await db.exec('BEGIN TRANSACTION');
  try {
    await step('agencies', () => db.query(sql`INSERT INTO agencies SELECT * FROM ${s.agencies.from} ON CONFLICT DO NOTHING`));
    await step('reports', async () => {
      await db.query(sql`CREATE OR REPLACE TEMP TABLE pack_reports AS SELECT report_no, report_id, agency_id, year, t3_template FROM ${s.reports.from}`);
      await db.query(sql`INSERT INTO reports BY NAME SELECT * EXCLUDE (report_no), NULL AS narrative_json FROM ${s.reports.from}`);
    });
    for (const table of PIVOTS) {
      // The pack stores a pivot's figures; the columns it shares with report_list come from there (code constants).
      const columns = new SqlFragment({ text: [...PIVOT_JOINS[table], ...storedColumns(table).map((c) => `p.${quoted(c)}`)].join(', '), params: [] });
      // The pivots with filter columns (kind, county, …) join report_list; disclosure_summary the pack's report list alone.
      const list = new SqlFragment({ text: table === 'disclosure_summary' ? '' : 'JOIN report_list l USING (report_id)', params: [] });
      await step(table, () =>
        db.query(sql`INSERT INTO ${ident(table)} BY NAME SELECT ${columns}
                     FROM ${s[table].from} p JOIN pack_reports i USING (report_no) ${list}`),
      );
    }
    await step('findings', () =>
      db.query(sql`INSERT INTO findings BY NAME
        SELECT i.report_id, f.rule, f.severity, list_filter(string_split(f.cells, chr(31)), lambda c: c <> '') AS cells,
               f.expected, f.actual, f.message_zh, f.message_en, j.report_id AS related_report_id
        FROM ${s.findings.from} f JOIN pack_reports i USING (report_no) LEFT JOIN pack_reports j ON j.report_no = f.related_report_no`),
    );
    // As the pack sums it: requests itself comes per region (requests-loader.ts).
    await step('requests_cube', () => db.query(sql`INSERT INTO requests_cube BY NAME SELECT * FROM ${s.requests_cube.from}`));
    await db.exec('COMMIT');
  } catch (e) {
    await db.exec('ROLLBACK');
    throw e;
  }
}
