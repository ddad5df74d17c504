import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import type { Filters } from '../../src/queries/index.ts';
import { answerOf, litigationByAgencyQuery, litigationOutcomesQuery, selectedReports } from '../../src/queries/index.ts';
import { fixtureViewsDb } from './fixture-views-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureViewsDb();
});

const all: Filters = { dataset: 'views', years: [], kinds: [] };

describe('litigationOutcomesQuery', () => {
  it('sums the five t4 columns per year and group, without the jurisdiction aggregate', async () => {
    const rows = await answerOf(new QueryClient(), litigationOutcomesQuery(db, all));
    // 2021 review: 甲镇 (0, 1, 0, 1, 2) + 公安局 (3, 2, 0, 1, 6); 样例县's 50 reviews are left out.
    expect(rows.map((r) => [r.year, r.group, r.upheld, r.corrected, r.other, r.pending, r.total, r.reports])).toEqual([
      [2020, 'review', 1, 0, 0, 0, 1, 1],
      [2021, 'litigation_after_review', 0, 0, 0, 1, 1, 1],
      [2021, 'litigation_direct', 1, 1, 0, 0, 2, 1],
      [2021, 'review', 3, 3, 0, 2, 8, 2],
    ]);
  });

  it('filters on the pivot’s copy of the report’s columns exactly as matching the reports in report_list would', async () => {
    const cases: Filters[] = [
      { ...all, years: [2020] },
      { ...all, kinds: ['jurisdiction'] },
      { ...all, kinds: ['department', 'jurisdiction'] },
      { ...all, counties: ['样例县'] },
      { ...all, templates: ['v2019'] },
      { ...all, agencies: ['示范省/演示市/样例县/甲镇人民政府'] },
    ];
    for (const f of cases) {
      const viaIds = await db.query(sql`
        SELECT year, grp, sum(total) AS total, count(*) AS reports FROM review_litigation
        WHERE ${selectedReports(f)} GROUP BY year, grp ORDER BY year, grp`);
      const rows = await answerOf(new QueryClient(), litigationOutcomesQuery(db, f));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => [r.year, r.group, r.total, r.reports])).toEqual(viaIds.map((r) => [Number(r.year), r.grp, r.total, Number(r.reports)]));
    }
  });
});

describe('litigationByAgencyQuery', () => {
  it('ranks agencies by reviews plus suits, with correction-rate terms over closed cases', async () => {
    const rows = await answerOf(new QueryClient(), litigationByAgencyQuery(db, all));
    // 公安局: 6 reviews (2 corrected, 6 − 1 closed), 3 suits (1 corrected, 3 − 1 closed). 甲镇: 1 + 2 reviews,
    // corrected 0 + 1, closed 1 + 1; no suits. 乙镇 has no t4 table and is not listed.
    expect(rows.map((r) => [r.name, r.reviews, r.reviewCorrected, r.reviewClosed, r.suits, r.suitCorrected, r.suitClosed])).toEqual([
      ['县公安局', 6, 2, 5, 3, 1, 2],
      ['甲镇人民政府', 3, 1, 2, null, null, null],
    ]);
  });
});
