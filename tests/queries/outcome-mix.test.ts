import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { OUTCOME_ROWS, outcomeMixQuery } from '../../src/queries/index.ts';
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

  it('sums each outcome row per year; a row a year’s templates lack is absent, not 0', async () => {
    const rows = await new QueryClient().fetchQuery(outcomeMixQuery(db, { dataset: 'views', years: [], kinds: [] }));
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
});
