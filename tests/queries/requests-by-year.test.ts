import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { answerOf, requestsByYearQuery, requestsByYearSql } from '../../src/queries/index.ts';
import { fixtureDb } from './fixture-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureDb();
});

const run = (f: Parameters<typeof requestsByYearSql>[0]) => answerOf(new QueryClient(), requestsByYearQuery(db, f));

describe('requestsByYearQuery', () => {
  it('sums received_new per year and kind, counting reports without the figure', async () => {
    // By hand from fixtures/cells.csv: 甲镇 2020 = 2; 2021: 甲镇 3 (township), 公安局 12 (department),
    // 乙街道's total is ambiguous (null) so the street contributes 0 from 1 report without a figure.
    expect(await run({ dataset: 'test', years: [], kinds: [] })).toEqual([
      { year: 2020, kind: 'township', receivedNew: 2, reports: 1, reportsWithoutFigure: 0 },
      { year: 2021, kind: 'department', receivedNew: 12, reports: 1, reportsWithoutFigure: 0 },
      { year: 2021, kind: 'street', receivedNew: 0, reports: 1, reportsWithoutFigure: 1 },
      { year: 2021, kind: 'township', receivedNew: 3, reports: 1, reportsWithoutFigure: 0 },
    ]);
  });

  it('filters by year and kind', async () => {
    expect(await run({ dataset: 'test', years: [2021], kinds: ['township', 'department'] })).toEqual([
      { year: 2021, kind: 'department', receivedNew: 12, reports: 1, reportsWithoutFigure: 0 },
      { year: 2021, kind: 'township', receivedNew: 3, reports: 1, reportsWithoutFigure: 0 },
    ]);
  });

  it('binds every filter value as a parameter', () => {
    const q = requestsByYearSql({ dataset: "x'; DROP TABLE cells; --", years: [2021], kinds: ['township'] });
    expect(q.text).not.toContain('DROP');
    expect(q.params).toContain("x'; DROP TABLE cells; --");
  });

  it('treats a hostile dataset name as a plain value', async () => {
    expect(await run({ dataset: "test' OR '1'='1", years: [], kinds: [] })).toEqual([]);
    const [n] = await db.query<{ n: number }>({ text: 'SELECT count(*) AS n FROM cells', params: [] });
    expect(n?.n).toBe(20);
  });
});
