import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { fixtureDb } from '../queries/fixture-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureDb();
});

describe('schema', () => {
  it('labels every key of both templates in cell_keys', async () => {
    const rows = await db.query(sql`SELECT template, count(*) AS n FROM cell_keys GROUP BY template ORDER BY template`);
    expect(rows).toEqual([
      { template: 'v2019', n: 198 },
      { template: 'v2021', n: 200 },
    ]);
  });

  it('pivots t3 into one row per report and row in the requests view', async () => {
    const rows = await db.query(
      sql`SELECT row_key, natural_person, total FROM requests WHERE report_id = ${'示范省/演示市/样例县/县公安局|2021'} ORDER BY row_key`,
    );
    expect(rows).toEqual([
      { row_key: 'granted', natural_person: null, total: 4 },
      { row_key: 'partially_granted', natural_person: null, total: 1 },
      { row_key: 'processed_total', natural_person: null, total: 10 },
      { row_key: 'received_new', natural_person: 11, total: 12 },
    ]);
  });

  it('gives one review_litigation row per report and t4 group', async () => {
    const rows = await db.query(
      sql`SELECT grp, corrected, total FROM review_litigation WHERE report_id = ${'示范省/演示市/样例县/县公安局|2021'} ORDER BY grp`,
    );
    expect(rows).toEqual([
      { grp: 'litigation_after_review', corrected: null, total: 1 },
      { grp: 'litigation_direct', corrected: null, total: 1 },
      { grp: 'review', corrected: 1, total: 2 },
    ]);
  });

  it('keeps money in 万元 with its raw text and unit, labelled in the disclosure view', async () => {
    const rows = await db.query(sql`SELECT row_label, value, raw, unit FROM disclosure ORDER BY report_id`);
    expect(rows).toEqual([{ row_label: '行政事业性收费', value: 1.5, raw: '15000元', unit: '元' }]);
  });

  it('refuses to turn extension autoload back on', async () => {
    await expect(db.exec('SET autoload_known_extensions = true')).rejects.toThrow(/configuration/);
  });

  it('reads quoted CSV fields with commas and doubled quotes intact', async () => {
    const rows = await db.query(sql`SELECT title, narrative_json, publish_date IS NULL AS no_date FROM reports ORDER BY report_id`);
    expect(rows.map((r) => r.title)).toContain('县公安局2021年政府信息公开工作年度报告, 附件');
    expect(rows.map((r) => r.narrative_json)).toContain('{"一":"共收到申请12件"}');
  });
});
