import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { agencyTableQuery, answerOf } from '../../src/queries/index.ts';
import { fixtureDb } from './fixture-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureDb();
});

describe('agencyTableQuery', () => {
  it('totals each agency over the selected years, ranked by requests received', async () => {
    const rows = await answerOf(new QueryClient(), agencyTableQuery(db, { dataset: 'test', years: [], kinds: [] }));
    expect(rows.map((r) => [r.name, r.reports, r.receivedNew])).toEqual([
      ['县公安局', 1, 12],
      ['甲镇人民政府', 2, 5],
      ['乙街道办事处', 1, null],
    ]);
    // 公安局: (4 + 1) / 10; 甲镇: (1 + 0 + 2 + 1) / (2 + 3).
    expect(rows[0]?.disclosureRate).toBeCloseTo(0.5);
    expect(rows[1]?.disclosureRate).toBeCloseTo(0.8);
    expect(rows[0]?.reviews).toBe(2);
    expect(rows[0]?.suits).toBe(2);
  });
});
