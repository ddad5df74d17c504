import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { ensureAllRequests, loadCellKeys, loadDataset, packOf } from '../../src/load/index.ts';
import { openedPack, twoCountyDb } from '../load/pack/demo-pack.ts';
import type { Filters } from '../../src/queries/index.ts';
import { answerOf, applicantMixQuery, applicantMixSql, OUTCOME_ROWS, outcomeMixQuery, outcomeMixSql, selectedReports } from '../../src/queries/index.ts';
import { fixtureViewsDb } from './fixture-views-db.ts';

const file = (dataset: string, name: string) => new Uint8Array(readFileSync(`data/${dataset}/${name}.csv`));

/** The demo county and the real samples, loaded the app's way (the cube is built by the loader). */
let db: Connector;
let demoAgencies: string[];
beforeAll(async () => {
  db = await createNodeConnector();
  await loadCellKeys(db);
  for (const dataset of ['demo', 'samples']) {
    await loadDataset(db, dataset, { agencies: file(dataset, 'agencies'), reports: file(dataset, 'reports'), cells: file(dataset, 'cells') });
  }
  demoAgencies = (await db.query<{ agency_id: string }>(sql`SELECT agency_id FROM reports WHERE dataset = 'demo' GROUP BY ALL`)).map((r) => r.agency_id);
}, 60_000);

const demo: Filters = { dataset: 'demo', years: [], kinds: [] };
const CASES: Filters[] = [
  demo,
  { ...demo, years: [2021] },
  { ...demo, years: [2019, 2023] },
  { ...demo, kinds: ['township'] },
  { ...demo, kinds: ['jurisdiction'] },
  { ...demo, kinds: ['department', 'jurisdiction'] },
  { ...demo, kinds: ['government_office', 'street'], years: [2022] },
  { ...demo, counties: ['样例县'] },
  { ...demo, counties: ['另一县'] },
  { ...demo, templates: ['mixed'] },
  { ...demo, templates: ['v2019'] },
  { ...demo, templates: ['v2021', 'mixed'], kinds: ['township'] },
  { ...demo, dataset: 'samples' },
  { ...demo, dataset: 'samples', years: [2022] },
  { ...demo, dataset: 'nothing' },
];

const outcomes = async (f: Filters) => answerOf(new QueryClient(), outcomeMixQuery(db, f));
const applicants = async (f: Filters) => answerOf(new QueryClient(), applicantMixQuery(db, f));
/** The same Filters with every agency of the demo picked: the queries then read the pivot, not the cube. */
const viaPivot = (f: Filters): Filters => ({ ...f, agencies: demoAgencies });

describe('the requests view’s queries over requests_cube', () => {
  it('read the cube without an agency filter and the pivot with one', () => {
    expect(outcomeMixSql(demo).text).toMatch(/FROM requests_cube\b/);
    expect(applicantMixSql(demo).text).toMatch(/FROM requests_cube\b/);
    expect(outcomeMixSql(viaPivot(demo)).text).toMatch(/FROM requests\s/);
    expect(applicantMixSql(viaPivot(demo)).text).toMatch(/FROM requests\s/);
  });

  it('give what the pivot gives, for every filter set', async () => {
    expect((await outcomes(demo)).length).toBeGreaterThan(50);
    expect((await outcomes({ ...demo, dataset: 'samples' })).length).toBeGreaterThan(5);
    for (const f of CASES.filter((c) => c.dataset === 'demo')) {
      expect(await outcomes(f), JSON.stringify(f)).toEqual(await outcomes(viaPivot(f)));
      expect(await applicants(f), JSON.stringify(f)).toEqual(await applicants(viaPivot(f)));
    }
  });

  it('give what matching the reports in report_list gives, for every filter set', async () => {
    for (const f of CASES) {
      const want = await db.query(sql`
        SELECT year, row_key, sum(total) AS total, count(*) AS reports, count(*) FILTER (WHERE total IS NULL) AS without
        FROM requests WHERE row_key IN (SELECT unnest(${OUTCOME_ROWS.join(',')}.string_split(','))) AND ${selectedReports(f)}
        GROUP BY year, row_key ORDER BY year, row_key`);
      const got = await outcomes(f);
      expect(got.map((r) => [r.year, r.rowKey, r.total, r.reports, r.reportsWithoutFigure]), JSON.stringify(f))
        .toEqual(want.map((r) => [Number(r.year), r.row_key, r.total, Number(r.reports), Number(r.without)]));
      const newRequests = await db.query(sql`
        SELECT year, sum(natural_person) AS natural_person, sum(total) AS total, count(*) AS reports
        FROM requests WHERE row_key = 'received_new' AND ${selectedReports(f)} GROUP BY year ORDER BY year`);
      expect((await applicants(f)).map((r) => [r.year, r.naturalPerson, r.total, r.reports]), JSON.stringify(f))
        .toEqual(newRequests.map((r) => [Number(r.year), r.natural_person, r.total, Number(r.reports)]));
    }
  });

  it('counts the reports whose figure is blank as the pivot does (the hand-checked fixture)', async () => {
    const views = await fixtureViewsDb();
    const all: Filters = { dataset: 'views', years: [], kinds: [] };
    const agencies = (await views.query<{ agency_id: string }>(sql`SELECT agency_id FROM agencies`)).map((r) => r.agency_id);
    const run = (f: Filters) => answerOf(new QueryClient(), outcomeMixQuery(views, f));
    expect(await run(all)).toEqual(await run({ ...all, agencies }));
  });
});

describe('requests queries over a pack, whose requests rows load per region', () => {
  it('give for picked agencies what the whole data gives, loading only those agencies’ regions', async () => {
    const whole = await twoCountyDb();
    const { db, pack } = await openedPack(whole);
    const agenciesOf = async (county: string) =>
      (await whole.query<{ agency_id: string }>(sql`SELECT agency_id FROM agencies WHERE county = ${county} ORDER BY agency_id`)).map((r) => r.agency_id);
    const [other, sample] = [await agenciesOf('另一县'), await agenciesOf('样例县')];
    const run = (on: Connector, f: Filters) =>
      Promise.all([answerOf(new QueryClient(), outcomeMixQuery(on, f)), answerOf(new QueryClient(), applicantMixQuery(on, f))]);
    const loaded = () => [...(packOf(db)?.requestsLoaded() ?? [])].sort();

    const first: Filters = { ...demo, agencies: other.slice(0, 3) };
    const got = await run(db, first);
    expect(loaded()).toEqual([0]);
    expect(got[0].length).toBeGreaterThan(5);
    expect(got).toEqual(await run(whole, first));
    for (const f of [{ ...demo, agencies: [other[4] ?? '', sample[2] ?? ''] }, { ...demo, agencies: sample, years: [2021] }, { ...demo, agencies: other, kinds: ['jurisdiction' as const] }]) {
      expect(await run(db, f), JSON.stringify(f)).toEqual(await run(whole, f));
    }
    expect(loaded()).toEqual([0, 1]);
    // Without agencies the views sum the cube the pack shipped: the same figures with or without requests rows.
    expect(await run(db, demo)).toEqual(await run(whole, demo));
    await ensureAllRequests(db);
    expect(await run(db, demo)).toEqual(await run(whole, demo));
  }, 60_000);
});
