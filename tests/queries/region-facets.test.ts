import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { answerOf, indicatorByGroupQuery, regionFacetsQuery, summableFilters } from '../../src/queries/index.ts';
import { fixtureViewsDb } from './fixture-views-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureViewsDb();
});

describe('regionFacetsQuery', () => {
  it('lists the cities, the counties with their city, in pinyin order, and the report templates of a dataset', async () => {
    expect(await answerOf(new QueryClient(), regionFacetsQuery(db, 'views'))).toEqual({
      cities: ['邻市', '演示市'],
      counties: [
        { county: '另一县', city: '邻市' },
        { county: '样例县', city: '演示市' },
      ],
      templates: ['mixed', 'v2019', 'v2021'],
    });
  });
});

describe('summableFilters', () => {
  const all = { dataset: 'views', years: [], kinds: [] };

  it('drops the jurisdiction kind unless it is all that is asked for', () => {
    expect(summableFilters(all).kinds).toEqual(['township', 'street', 'department', 'government_office']);
    expect(summableFilters({ ...all, kinds: ['township', 'jurisdiction'] }).kinds).toEqual(['township']);
    expect(summableFilters({ ...all, kinds: ['jurisdiction'] }).kinds).toEqual(['jurisdiction']);
  });

  it('keeps indicatorByGroup year totals free of double counting', async () => {
    const rows = await answerOf(new QueryClient(), indicatorByGroupQuery(db, summableFilters(all), 'received_new', 'year'));
    expect(rows.map((r) => [r.year, r.value])).toEqual([
      [2020, 3],
      [2021, 15],
    ]);
  });
});
