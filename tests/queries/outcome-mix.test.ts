import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { ident, inList, sql } from '../../src/db/index.ts';
import type { Filters } from '../../src/queries/index.ts';
import { t3Rows } from '../../src/domain/index.ts';
import { answerOf, OUTCOME_ROWS, outcomeMixQuery, outcomeMixSql, selectedReports } from '../../src/queries/index.ts';
import { fixtureViewsDb } from './fixture-views-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureViewsDb();
});

describe('outcomeMixQuery', () => {
  it('lists both templates’ outcome rows once, in table order', () => {
    expect(OUTCOME_ROWS).toHaveLength(22);
    expect(OUTCOME_ROWS.slice(-5)).toEqual(['not_processed_confirm_reissue', 'other', 'other_no_correction', 'other_fee_unpaid', 'other_misc']);
  });

  it('leaves out exactly the t3 rows of either template that are not outcomes', () => {
    const text = outcomeMixSql({ dataset: 'views', years: [], kinds: [] }).text;
    const left = [...(/row_key NOT IN \(([^)]*)\)/.exec(text)?.[1] ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    const others = [...new Set([...t3Rows('v2019'), ...t3Rows('v2021')])].filter((r) => !OUTCOME_ROWS.includes(r));
    expect(left.sort()).toEqual(others.sort());
  });

  it('sums each outcome row per year; a row a year’s templates lack is absent, not 0', async () => {
    const rows = await answerOf(new QueryClient(), outcomeMixQuery(db, { dataset: 'views', years: [], kinds: [] }));
    // 2020 (v2019, 甲镇): granted 1, partial 1, other 1. 2021 (v2021: 甲镇, 公安局, 乙镇): granted 2 + 5 + 1.
    expect(rows.map((r) => [r.year, r.rowKey, r.total, r.reports])).toEqual([
      [2020, 'granted', 1, 1],
      [2020, 'other', 1, 1],
      [2020, 'partially_granted', 1, 1],
      [2021, 'cannot_not_held', 2, 1],
      [2021, 'granted', 8, 3],
      [2021, 'other_fee_unpaid', 1, 1],
      [2021, 'other_no_correction', 1, 1],
      [2021, 'partially_granted', 2, 1],
      [2021, 'withheld_state_secret', 1, 1],
    ]);
  });

  it('filters on the pivot’s copy of the report’s columns exactly as matching the reports in report_list would', async () => {
    const all: Filters = { dataset: 'views', years: [], kinds: [] };
    const cases: Filters[] = [
      all,
      { ...all, years: [2021] },
      { ...all, kinds: ['jurisdiction'] },
      { ...all, kinds: ['township', 'jurisdiction'] },
      { ...all, counties: ['另一县'] },
      { ...all, templates: ['mixed'] },
      { ...all, templates: ['v2021'] },
      { ...all, agencies: ['示范省/演示市/样例县/县公安局'] },
      { ...all, dataset: 'elsewhere' },
    ];
    for (const f of cases) {
      const viaIds = await db.query(sql`
        SELECT year, row_key, sum(total) AS total, count(*) AS reports FROM requests
        WHERE ${inList(ident('row_key'), OUTCOME_ROWS)} AND ${selectedReports(f)}
        GROUP BY year, row_key ORDER BY year, row_key`);
      const rows = await answerOf(new QueryClient(), outcomeMixQuery(db, f));
      expect(rows.map((r) => [r.year, r.rowKey, r.total, r.reports])).toEqual(viaIds.map((r) => [Number(r.year), r.row_key, r.total, Number(r.reports)]));
    }
    // 乙镇's report is 'mixed' although its t3 table is v2021: the report's template filters, not the table's.
    const mixed = await answerOf(new QueryClient(), outcomeMixQuery(db, { ...all, templates: ['mixed'] }));
    expect(mixed.map((r) => [r.year, r.rowKey, r.total])).toEqual([[2021, 'granted', 1]]);
  });
});
