import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import type { Filters } from '../../src/queries/index.ts';
import { answerOf, applicantMixQuery, applicantMixSql } from '../../src/queries/index.ts';
import { fixtureViewsDb } from './fixture-views-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureViewsDb();
});

const all: Filters = { dataset: 'views', years: [], kinds: [] };
const run = (f: Filters) => answerOf(new QueryClient(), applicantMixQuery(db, f));

describe('applicantMixQuery', () => {
  it('sums new requests per year by applicant column, leaving the jurisdiction report out', async () => {
    // 2020: 甲镇 2 + 1 commercial = 3. 2021: 甲镇 4 + 公安局 9 (+1 legal) + 乙镇 1; 样例县 (99) is the aggregate.
    expect(await run(all)).toEqual([
      { year: 2020, naturalPerson: 2, commercialEnterprise: 1, researchInstitution: null, publicWelfareOrg: null, legalServiceOrg: null, otherOrg: null, total: 3, reports: 1 },
      { year: 2021, naturalPerson: 14, commercialEnterprise: null, researchInstitution: null, publicWelfareOrg: null, legalServiceOrg: 1, otherOrg: null, total: 15, reports: 3 },
    ]);
  });

  it('filters by county and template, and shows the aggregate when only it is asked for', async () => {
    expect((await run({ ...all, counties: ['另一县'] })).map((r) => [r.year, r.total])).toEqual([[2021, 1]]);
    // 邻市 holds 另一县 only; 演示市 holds 样例县 (甲镇 and 公安局).
    expect((await run({ ...all, cities: ['邻市'] })).map((r) => [r.year, r.total])).toEqual([[2021, 1]]);
    expect((await run({ ...all, cities: ['演示市'] })).map((r) => [r.year, r.total])).toEqual([[2020, 3], [2021, 14]]);
    expect(await run({ ...all, cities: ['邻市'], counties: ['样例县'] })).toEqual([]);
    expect((await run({ ...all, templates: ['v2019'] })).map((r) => [r.year, r.total])).toEqual([[2020, 3]]);
    expect((await run({ ...all, kinds: ['jurisdiction'] })).map((r) => [r.year, r.total])).toEqual([[2021, 99]]);
  });

  it('binds every filter value', () => {
    const q = applicantMixSql({ ...all, counties: ["x' OR 1=1 --"], cities: ["y' OR 2=2 --"] });
    expect(q.text).not.toContain('OR 1=1');
    expect(q.text).not.toContain('OR 2=2');
    expect(q.params).toContain("x' OR 1=1 --");
    expect(q.params).toContain("y' OR 2=2 --");
  });
});
