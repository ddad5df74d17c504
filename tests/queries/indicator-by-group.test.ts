import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { answerOf, indicatorByGroupQuery, indicatorByGroupSql } from '../../src/queries/index.ts';
import { fixtureDb } from './fixture-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureDb();
});

const all = { dataset: 'test', years: [], kinds: [] };
const run = (...a: Parameters<typeof indicatorByGroupQuery> extends [unknown, ...infer P] ? P : never) => answerOf(new QueryClient(), indicatorByGroupQuery(db, ...a));

describe('indicatorByGroupQuery', () => {
  it('computes 公开率 per year as a ratio of sums', async () => {
    // 2020: 甲镇 (1 + 0) / 2. 2021: 甲镇 (2 + 1) / 3 and 公安局 (4 + 1) / 10 → 8 / 13; 乙街道 has no figures.
    const rows = await run(all, 'disclosure_rate', 'year');
    expect(rows.map((r) => [r.year, r.numerator, r.denominator, r.reports, r.reportsWithoutFigure])).toEqual([
      [2020, 1, 2, 1, 0],
      [2021, 8, 13, 3, 1],
    ]);
    expect(rows[1]?.value).toBeCloseTo(8 / 13);
  });

  it('subtracts pending reviews in the correction-rate denominator', async () => {
    // 公安局 2021: corrected 1, total 2, pending blank (null) → the report lacks a term and is left out.
    const rows = await run({ ...all, years: [2021] }, 'review_correction_rate', 'agency');
    const police = rows.find((r) => r.agencyName === '县公安局');
    expect(police).toMatchObject({ numerator: null, reportsWithoutFigure: 1 });
  });

  it('sums a count indicator per agency and year', async () => {
    const rows = await run(all, 'received_new', 'agency_year');
    expect(rows.filter((r) => r.value !== null).map((r) => [r.agencyName, r.year, r.value])).toEqual([
      ['县公安局', 2021, 12],
      ['甲镇人民政府', 2020, 2],
      ['甲镇人民政府', 2021, 3],
    ]);
  });

  it('builds SQL from identifiers only, with every filter bound', () => {
    const q = indicatorByGroupSql({ ...all, agencies: ["a'--"] }, 'review_correction_rate', 'kind_year');
    expect(q.text).toContain('"review_total" + -"review_pending"');
    expect(q.text).not.toContain("a'--");
  });
});
