import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Row, Sql } from '../../src/db/index.ts';
import type { Filters } from '../../src/queries/index.ts';
import {
  applicantMixSql,
  disclosureCellsSql,
  indicatorByGroupQuery,
  indicatorByGroupSql,
  indicatorsQuery,
  indicatorsSql,
  litigationByAgencyQuery,
  litigationByAgencySql,
  litigationOutcomesQuery,
  litigationOutcomesSql,
  loadIndicators,
  outcomeMixSql,
  peerGridSql,
  requestsByYearSql,
  templateCountsSql,
} from '../../src/queries/index.ts';
import { toIndicatorRow } from '../../src/queries/grouping.ts';
import { demoDb } from '../load/pack/demo-pack.ts';

let db: Connector;
beforeAll(async () => {
  db = await demoDb();
  AGENCIES = (await db.query({ text: 'SELECT agency_id FROM agencies ORDER BY agency_id LIMIT 5', params: [] })).map((r) => String(r.agency_id));
}, 60_000);

const all: Filters = { dataset: 'demo', years: [], kinds: [] };
const RATES = ['disclosure_rate', 'review_rate'] as const;
let AGENCIES: string[] = [];

// Every query the views answer by picking years from their every-year answer (byYearQuery).
const BY_YEAR: [string, (f: Filters) => Sql][] = [
  ['litigation outcomes', litigationOutcomesSql],
  ['indicator by year', (f) => indicatorByGroupSql(f, 'review_correction_rate', 'year')],
  ['indicator by kind and year', (f) => indicatorByGroupSql(f, 'disclosure_rate', 'kind_year')],
  ['indicator by agency and year', (f) => indicatorByGroupSql(f, 'received_new', 'agency_year')],
  ['indicators by year', (f) => indicatorsSql(f, 'year', RATES)],
  ['peer grid of some agencies', (f) => peerGridSql(f, 'disclosure_rate', AGENCIES)],
  ['applicant mix', applicantMixSql],
  ['outcome mix', outcomeMixSql],
  ['requests by year', requestsByYearSql],
  ['disclosure cells', disclosureCellsSql],
  ['template counts', templateCountsSql],
];

const inYears = (rows: Row[], years: number[]) => rows.filter((r) => years.includes(Number(r.year)));

describe('queries answered by year', () => {
  // What makes picking rows valid: no figure of a year depends on which other years are selected.
  for (const [name, make] of BY_YEAR) {
    it(`${name}: the rows for some years are the every-year rows of those years`, async () => {
      for (const base of [all, { ...all, kinds: ['township' as const] }]) {
        const every = await db.query(make(base));
        expect(new Set(every.map((r) => Number(r.year))).size).toBeGreaterThan(2);
        for (const years of [[2019], [2020, 2022], [2018, 2021, 2023]]) {
          expect(await db.query(make({ ...base, years }))).toEqual(inYears(every, years));
        }
      }
    });
  }

  it('a year change sends no query, and gives what the engine gives for those years', async () => {
    const counted: Sql[] = [];
    const counting: Connector = { ...db, query: <T extends Row = Row>(q: Sql) => (counted.push(q), db.query<T>(q)) };
    // As the app's client: answers stay fresh until an import resets them.
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    await client.fetchQuery(litigationOutcomesQuery(counting, all));
    await client.fetchQuery(indicatorsQuery(counting, all, 'year', RATES));
    const sent = counted.length;
    for (const years of [[2019], [2020, 2022]]) {
      const f = { ...all, years };
      const outcomes = await client.fetchQuery(litigationOutcomesQuery(counting, f));
      const direct = await db.query(litigationOutcomesSql(f));
      expect(outcomes.map((r) => [r.year, r.group, r.total])).toEqual(direct.map((r) => [Number(r.year), r.grp, r.total === null ? null : Number(r.total)]));
      expect(await client.fetchQuery(indicatorsQuery(counting, f, 'year', RATES))).toEqual(await loadIndicators(db, f, 'year', RATES));
    }
    expect(counted.length).toBe(sent);
  });

  it('adds up the agencies’ litigation per year into what the engine sums over the selected years', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    const num = (v: unknown) => (v === null ? null : Number(v));
    let compared = 0;
    for (const base of [all, { ...all, kinds: ['township' as const] }, { ...all, kinds: ['jurisdiction' as const] }]) {
      for (const years of [[], [2019], [2020, 2022], [2018, 2021, 2023]]) {
        const f = { ...base, years };
        const direct = (await db.query(litigationByAgencySql(f))).map((r) =>
          [r.agency_id, r.kind, num(r.reviews), num(r.review_corrected), num(r.review_closed), num(r.suits), num(r.suit_corrected), num(r.suit_closed)]);
        const rolled = (await client.fetchQuery(litigationByAgencyQuery(db, f))).map((r) =>
          [r.agencyId, r.kind, r.reviews, r.reviewCorrected, r.reviewClosed, r.suits, r.suitCorrected, r.suitClosed]);
        expect(rolled).toEqual(direct);
        compared += direct.length;
      }
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('adds up an indicator per agency and year into what the engine gives per agency (and per kind)', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    for (const id of ['disclosure_rate', 'received_new'] as const) {
      const isRate = id === 'disclosure_rate';
      for (const grouping of ['agency', 'kind'] as const) {
        for (const years of [[], [2019], [2020, 2022], [2018, 2021, 2023]]) {
          const f = { ...all, years };
          const direct = (await db.query(indicatorByGroupSql(f, id, grouping))).map((r) => toIndicatorRow(r, isRate, r.numerator, r.denominator, r.reports_without_figure));
          expect(direct.length).toBeGreaterThan(2);
          expect(await client.fetchQuery(indicatorByGroupQuery(db, f, id, grouping))).toEqual(direct);
        }
      }
    }
  });
});
