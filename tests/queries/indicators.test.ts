import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import type { IndicatorId } from '../../src/indicators/index.ts';
import { INDICATORS } from '../../src/indicators/index.ts';
import type { Grouping } from '../../src/queries/index.ts';
import { answerOf, indicatorByGroupSql, indicatorsQuery, indicatorsSql, loadIndicators } from '../../src/queries/index.ts';
import { fixtureViewsDb } from './fixture-views-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureViewsDb();
});

const all = { dataset: 'views', years: [], kinds: [] };
const everyId = INDICATORS.map((d) => d.id);

describe('loadIndicators(db, filters, grouping, ids)', () => {
  it.each<Grouping>(['year', 'kind', 'kind_year', 'agency_year'])('gives every indicator the figures of its own query (%s)', async (grouping) => {
    const table = await loadIndicators(db, all, grouping, everyId);
    for (const id of everyId) {
      const one = await db.query(indicatorByGroupSql(all, id, grouping));
      expect(table[id].map((r) => [r.year ?? r.kind ?? r.agencyId, r.numerator, r.denominator, r.reports, r.reportsWithoutFigure])).toEqual(
        one.map((r) => [r.year ?? r.kind ?? r.agency_id, r.numerator ?? null, r.denominator ?? null, Number(r.reports), Number(r.reports_without_figure)]),
      );
    }
  });

  it('computes only the indicators asked for, binding every filter value', () => {
    const q = indicatorsSql({ ...all, agencies: ["a'--"] }, 'year', ['disclosure_rate']);
    expect(q.text).not.toContain("a'--");
    expect(q.text).toContain('"disclosure_rate.numerator"');
    expect(q.text).not.toContain('received_new.numerator');
  });
});

describe('indicatorsQuery(db, filters, grouping, ids)', () => {
  it('asks the connector once for all the indicators of a view', async () => {
    const ids: IndicatorId[] = ['received_new', 'disclosure_rate', 'review_correction_rate'];
    const asked = { n: 0 };
    const counting: Connector = { ...db, query: (q) => ((asked.n += 1), db.query(q)) };
    const data = await answerOf(new QueryClient(), indicatorsQuery(counting, all, 'year', ids));
    expect(asked.n).toBe(1);
    expect(Object.keys(data)).toEqual(ids);
  });
});
