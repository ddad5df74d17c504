import type { FetchQueryOptions, QueryKey } from '@tanstack/react-query';
import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Row, Sql } from '../../src/db/index.ts';
import type { AgencyKind, Template } from '../../src/domain/index.ts';
import type { DisclosureFigure, Filters } from '../../src/queries/index.ts';
import {
  agencyTableQuery,
  agencyTableSql,
  answerOf,
  applicantMixQuery,
  applicantMixSql,
  disclosureByYearQuery,
  disclosureCellsSql,
  disclosureFigures,
  findingCountsQuery,
  findingCountsSql,
  indicatorByGroupQuery,
  indicatorByGroupSql,
  indicatorsQuery,
  indicatorsSql,
  litigationByAgencyQuery,
  litigationByAgencySql,
  litigationOutcomesQuery,
  litigationOutcomesSql,
  outcomeMixQuery,
  outcomeMixSql,
  peerGridExtentSql,
  requestsByYearQuery,
  requestsByYearSql,
  summableFilters,
  templateCountsSql,
} from '../../src/queries/index.ts';
import { picker } from '../../src/queries/slices.ts';
import { demoDb } from '../load/pack/demo-pack.ts';

let db: Connector;
beforeAll(async () => {
  db = await demoDb();
}, 60_000);

const all: Filters = { dataset: 'demo', years: [], kinds: [] };
const RATES = ['disclosure_rate', 'review_rate'] as const;

const YEARS = [[], [2019], [2020, 2022], [2018, 2021, 2023]];
// Every kind; aggregates alone; aggregates with another kind (left out of sums); one kind; two.
const KINDS: AgencyKind[][] = [[], ['jurisdiction'], ['jurisdiction', 'department'], ['township'], ['street', 'government_office']];
// Report templates: one; two; each with every year or three, and every kind, aggregates alone or mixed with departments.
const TEMPLATES = [['v2021'], ['v2019', 'mixed']];
const SLICES: Filters[] = [
  ...YEARS.flatMap((years) => KINDS.map((kinds) => ({ ...all, years, kinds }))),
  ...TEMPLATES.flatMap((templates) => [YEARS[0], YEARS[3]].flatMap((years = []) => KINDS.slice(0, 3).map((kinds) => ({ ...all, years, kinds, templates })))),
];

// The whole answers of sliced queries: every year, kind and report template, kept apart.
const WHOLE: [string, (f: Filters) => Sql][] = [
  ['litigation outcomes', (f) => litigationOutcomesSql(f, true)],
  ['indicator by kind and year', (f) => indicatorByGroupSql(f, 'disclosure_rate', 'kind_year', true)],
  ['indicator by agency and year', (f) => indicatorByGroupSql(f, 'received_new', 'agency_year', true)],
  ['indicators by kind and year', (f) => indicatorsSql(f, 'kind_year', RATES, true)],
  ['peer grid extent', (f) => peerGridExtentSql(f, 'received_new', true)],
  ['applicant mix', (f) => applicantMixSql(f, true)],
  ['outcome mix', (f) => outcomeMixSql(f, true)],
  ['requests by year', (f) => requestsByYearSql(f, true)],
  ['disclosure cells', (f) => disclosureCellsSql(f, true)],
  ['template counts', (f) => templateCountsSql(f, true)],
  ['finding counts', (f) => findingCountsSql(f, { agencies: [], years: [] }, true)],
  ['agency table', (f) => agencyTableSql(f, true)],
];

// The report's template: report_template where a table's own template is another (disclosure cells: t2's).
const templateOf = (r: Row) => String(r.report_template ?? r.template);
const inSlice = (rows: Row[], f: Filters) =>
  rows.filter(
    (r) =>
      (!f.years.length || r.year === undefined || f.years.includes(Number(r.year))) &&
      (!f.kinds.length || f.kinds.includes(r.kind as AgencyKind)) &&
      (!f.templates?.length || f.templates.includes(templateOf(r))),
  );
// Rows in one order: a whole answer orders its groups, not the kinds within them (the picks add those up).
const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(r, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))).sort();

describe('sliced queries: their whole answer', () => {
  // What makes picking rows valid: no figure of a year or kind depends on which others are selected.
  for (const [name, make] of WHOLE) {
    it(`${name}: the rows for some years and kinds are the whole answer's rows of those`, async () => {
      const whole = await db.query(make(all));
      expect(new Set(whole.map((r) => r.kind)).size).toBeGreaterThan(1);
      expect(new Set(whole.map(templateOf)).size).toBeGreaterThan(1);
      // The agency table sums over the years asked: only its kinds and templates are picked.
      const slices = whole[0]?.year === undefined ? SLICES.filter((f) => f.years.length === 0) : SLICES;
      if (whole[0]?.year !== undefined) expect(new Set(whole.map((r) => Number(r.year))).size).toBeGreaterThan(2);
      for (const f of slices) expect(sorted(await db.query(make(f))), JSON.stringify(f)).toEqual(sorted(inSlice(whole, f)));
    });
  }
});

const value = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v);
/** Rows as lists of the named fields (numbers as numbers): the app's rows and SQL's, named each their way. */
const fields = (rows: readonly object[], names: readonly string[]) => rows.map((r) => names.map((n) => value((r as Record<string, unknown>)[n])));

// A sliced query the views ask, its SQL for one selection, and the fields to compare: the app's, SQL's.
type Ask = (client: QueryClient, db: Connector, f: Filters) => Promise<unknown>;
type Case = [string, Ask, (f: Filters) => Sql, string[], string[], number?];
/** What the view gets from a query, through its select. */
const ask = <A, T, K extends QueryKey>(make: (db: Connector, f: Filters) => FetchQueryOptions<A, Error, A, K> & { select?: (answer: A) => T }): Ask => (client, db, f) => answerOf(client, make(db, f));
const CASES: Case[] = [
  ['litigation outcomes', ask(litigationOutcomesQuery), (f) => litigationOutcomesSql(f), ['year', 'group', 'corrected', 'total', 'reports', 'reportsWithoutFigure'], ['year', 'grp', 'corrected', 'total', 'reports', 'reports_without_figure']],
  ['applicant mix', ask(applicantMixQuery), (f) => applicantMixSql(f), ['year', 'naturalPerson', 'otherOrg', 'total', 'reports'], ['year', 'natural_person', 'other_org', 'total', 'reports']],
  ['outcome mix', ask(outcomeMixQuery), (f) => outcomeMixSql(f), ['year', 'rowKey', 'total', 'reports', 'reportsWithoutFigure'], ['year', 'row_key', 'total', 'reports', 'reports_without_figure']],
  ['requests by year', ask(requestsByYearQuery), (f) => requestsByYearSql(f), ['year', 'kind', 'receivedNew', 'reports', 'reportsWithoutFigure'], ['year', 'kind', 'received_new', 'reports', 'reports_without_figure']],
  ['litigation by agency', ask(litigationByAgencyQuery), (f) => litigationByAgencySql(f), ['agencyId', 'kind', 'reviews', 'reviewCorrected', 'reviewClosed', 'suits', 'suitCorrected', 'suitClosed'], ['agency_id', 'kind', 'reviews', 'review_corrected', 'review_closed', 'suits', 'suit_corrected', 'suit_closed']],
  ['agency table', ask(agencyTableQuery), agencyTableSql, ['agencyId', 'kind', 'reports', 'receivedNew', 'disclosureRate'], ['agency_id', 'kind', 'reports', 'received_new', 'disclosure_rate'], YEARS.length],
  ['finding counts', ask((d, f) => findingCountsQuery(d, f, { agencies: [], years: [] })), (f) => findingCountsSql(f, { agencies: [], years: [] }), ['rule', 'severity', 'count'], ['rule', 'severity', 'n']],
  ...(['year', 'kind', 'agency'] as const).flatMap((g) =>
    (['disclosure_rate', 'received_new'] as const).map((id): Case => [
      `${id} by ${g}`,
      ask((d, f) => indicatorByGroupQuery(d, summableFilters(f), id, g)),
      (f) => indicatorByGroupSql(summableFilters(f), id, g),
      [...(g === 'agency' ? ['agencyId'] : [g]), 'numerator', 'denominator', 'reports', 'reportsWithoutFigure'],
      [...(g === 'agency' ? ['agency_id'] : [g]), 'numerator', 'denominator', 'reports', 'reports_without_figure'],
    ]),
  ),
];

const counter = () => {
  const sent: Sql[] = [];
  const counting: Connector = { ...db, query: <T extends Row = Row>(q: Sql) => (sent.push(q), db.query<T>(q)) };
  // As the app's client: answers stay fresh until an import resets them.
  return { sent, counting, client: new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } }) };
};

describe('sliced queries: a year, kind or template change', () => {
  // The agency table spans kinds only: each set of years is asked once.
  for (const [name, query, direct, appFields, sqlFields, asked = 1] of CASES) {
    it(`${name}: asks nothing, and gives what the engine gives for each selection`, async () => {
      const { sent, counting, client } = counter();
      let compared = 0;
      for (const f of SLICES) {
        const expected = await db.query(direct(f));
        const app = (await query(client, counting, f)) as object[];
        expect(fields(app, appFields), JSON.stringify(f)).toEqual(fields(expected, sqlFields));
        compared += expected.length;
      }
      expect(compared).toBeGreaterThan(SLICES.length);
      expect(sent).toHaveLength(asked);
    });
  }

  it('disclosure by year: the figures of the engine’s sums for each selection, from one whole answer', async () => {
    const { sent, counting, client } = counter();
    for (const f of SLICES) {
      const cells = (await db.query(disclosureCellsSql(f))).map((r) => ({ year: Number(r.year), template: r.template as Template, cell: String(r.cell), value: r.value === null ? null : Number(r.value) }));
      const counts = (await db.query(templateCountsSql(f))).map((r) => ({ year: Number(r.year), template: r.template as Template, reports: Number(r.reports) }));
      // Sums of decimals (amounts in 万元) differ in their last bits when added in another order.
      const rounded = (figures: DisclosureFigure[]) => figures.map((d) => ({ ...d, value: d.value === null ? null : Math.round(d.value * 1e6) / 1e6 }));
      expect(rounded(await answerOf(client, disclosureByYearQuery(counting, f))), JSON.stringify(f)).toEqual(rounded(disclosureFigures(cells, counts)));
    }
    expect(sent).toHaveLength(2);
  });

  it('indicators by year: the same sums as one indicator by year', async () => {
    const { client } = counter();
    for (const f of SLICES.map(summableFilters)) {
      const table = await answerOf(client, indicatorsQuery(db, f, 'year', RATES));
      for (const id of RATES) expect(table[id]).toEqual(await answerOf(client, indicatorByGroupQuery(db, f, id, 'year')));
    }
  });
});

describe('picker', () => {
  it('picks once per answer and slice, keeping the eight slices used last', () => {
    const answer = [1, 2, 3];
    let picks = 0;
    const select = (n: number) => picker<number[], number[]>(['slice', n], (a) => (picks++, a.filter((v) => v > n)));
    const first = select(1)(answer);
    expect(select(1)(answer)).toBe(first);
    expect(picks).toBe(1);
    for (const n of [2, 3, 4, 5, 6, 7, 8]) select(n)(answer);
    select(1)(answer); // used again: kept over the others
    select(9)(answer);
    expect(select(1)(answer)).toBe(first);
    expect(picks).toBe(9);
    select(2)(answer); // the slice used least recently was dropped
    expect(picks).toBe(10);
    expect(select(1)([1, 2, 3])).not.toBe(first);
  });
});
