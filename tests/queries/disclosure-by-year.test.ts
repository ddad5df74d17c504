import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { disclosureByYearQuery, disclosureFigures } from '../../src/queries/index.ts';
import { fixtureViewsDb } from './fixture-views-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureViewsDb();
});

describe('disclosureByYearQuery', () => {
  it('folds t2 cells into measures, marking template-specific ones not comparable', async () => {
    const figures = await new QueryClient().fetchQuery(disclosureByYearQuery(db, { dataset: 'views', years: [], kinds: [] }));
    const pick = (year: number, measure: string) => {
      const f = figures.find((x) => x.year === year && x.measure === measure);
      return f && [f.status, f.value, f.reports, f.reportsInYear];
    };
    // 2020: 甲镇 alone on v2019. 2021: 甲镇 and 公安局 on v2021, 乙镇 with a v2019 t2; 样例县 (999) left out.
    expect(pick(2020, 'licensing_decisions')).toEqual(['value', 10, 1, 1]);
    expect(pick(2020, 'fee_amount')).toEqual(['not_comparable', null, 0, 1]);
    expect(pick(2020, 'procurement_amount')).toEqual(['value', 25.1, 1, 1]);
    expect(pick(2021, 'licensing_decisions')).toEqual(['value', 125, 3, 3]);
    expect(pick(2021, 'penalty_decisions')).toEqual(['value', 50, 3, 3]);
    expect(pick(2021, 'normative_docs_new')).toEqual(['value', 5, 3, 3]);
    expect(pick(2021, 'normative_docs_total_published')).toEqual(['value', 9, 1, 3]);
    expect(pick(2021, 'normative_docs_in_force')).toEqual(['value', 11, 2, 3]);
    expect(pick(2021, 'fee_amount')).toEqual(['value', 4, 2, 3]);
    expect(pick(2021, 'procurement_amount')).toEqual(['value', null, 1, 3]);
  });

  it('disclosureFigures(cells, counts) says not comparable only when no report of the year measures it', () => {
    const f = disclosureFigures([], [{ year: 2022, template: 'v2021', reports: 4 }]);
    expect(f.find((x) => x.measure === 'procurement_projects')).toMatchObject({ status: 'not_comparable', value: null });
    expect(f.find((x) => x.measure === 'penalty_decisions')).toMatchObject({ status: 'value', value: null, reports: 4 });
  });
});
