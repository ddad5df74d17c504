import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { t3Rows } from '../../src/domain/index.ts';
import { INDICATORS } from '../../src/indicators/index.ts';
import { rebuildRequestsCube } from '../../src/load/index.ts';
import type { Filters } from '../../src/queries/index.ts';
import { agencyTableSql, answerOf, applicantMixSql, coverageAgenciesSql, coverageCountsSql, coverageMatrixSql, indicatorByGroupQuery, indicatorByGroupSql, indicatorsSql, litigationByAgencyQuery, litigationByAgencySql, litigationByAgencyYearSql, litigationOutcomesSql, outcomeMixSql, reportListSql, summableFilters } from '../../src/queries/index.ts';

// A generated province: 10,000 agencies × 7 years = 70,000 reports, written straight into the tables the
// views read (agencies, reports and the materialised pivots: report_summary, requests with every t3 row of the
// report's template, 1.7 M rows, and review_litigation), with deterministic figures.
const AGENCIES = 10_000;
const KINDS = ['township', 'street', 'department', 'government_office', 'jurisdiction'];

/** A list of code constants as SQL text (keys of our own templates, never user input). */
const sqlList = (items: readonly string[]) => `[${items.map((i) => `'${i}'`).join(', ')}]`;

let db: Connector;
beforeAll(async () => {
  db = await createNodeConnector();
  await db.exec(`
    INSERT INTO agencies
    SELECT 'p/c' || (i % 100) || '/a' || i, '机关' || i, ${JSON.stringify(KINDS).replaceAll('"', "'")}[1 + i % 5], '示范省', '市' || (i % 10), '县' || (i % 100)
    FROM range(${AGENCIES}) t(i);
    INSERT INTO reports (report_id, agency_id, year, template, t3_template, source_file, title, dataset)
    SELECT a.agency_id || '|' || y, a.agency_id, y, CASE WHEN y < 2021 THEN 'v2019' ELSE 'v2021' END,
           CASE WHEN y < 2021 THEN 'v2019' ELSE 'v2021' END, 'gen', a.name || y, 'province'
    FROM agencies a, range(2019, 2026) t(y);
    INSERT INTO report_summary BY NAME
    SELECT l.report_id, l.agency_id, l.agency_name, l.kind, l.province, l.city, l.county, l.year, l.template, l.dataset,
           h % 50 AS received_new, h % 40 AS received_natural_person, h % 3 AS carried_over_in, h % 20 AS granted,
           h % 5 AS partially_granted, h % 4 AS withheld, h % 6 AS cannot_provide, h % 2 AS not_processed, 0 AS other_outcome,
           h % 20 + h % 5 + h % 4 + h % 6 + h % 2 AS processed_total, h % 3 AS carried_over_out,
           h % 4 AS review_total, h % 2 AS review_corrected, 0 AS review_pending,
           h % 3 AS litigation_total, h % 2 AS litigation_corrected, 0 AS litigation_pending,
           h % 90 AS licensing_decisions, h % 30 AS penalty_decisions, h % 7 AS coercion_decisions
    FROM (SELECT *, hash(report_id) % 1000 AS h FROM report_list) l;
    INSERT INTO requests BY NAME
    SELECT l.report_id, l.agency_id, l.year, l.t3_template AS template, k.row_key, hash(l.report_id, k.row_key) % 9 AS natural_person,
           1 AS commercial_enterprise, hash(l.report_id, k.row_key) % 9 + 1 AS total,
           l.dataset, l.kind, l.county, l.template AS report_template
    FROM report_list l JOIN (SELECT 'v2019' AS template, unnest(${sqlList(t3Rows('v2019'))}) AS row_key
                             UNION ALL SELECT 'v2021', unnest(${sqlList(t3Rows('v2021'))})) k ON k.template = l.template;
    INSERT INTO review_litigation BY NAME
    SELECT l.report_id, l.agency_id, l.year, g.grp, 1 AS upheld, 1 AS corrected, 2 AS total, l.dataset, l.kind, l.county, l.template
    FROM report_list l, (VALUES ('review'), ('litigation_direct'), ('litigation_after_review')) g(grp);
  `);
  // What every load adds after filling requests (province start-up pays it once).
  const t0 = performance.now();
  await rebuildRequestsCube(db);
  const [cube] = await db.query<{ n: number }>({ text: 'SELECT count(*) AS n FROM requests_cube', params: [] });
  console.log(`requests_cube build: ${cube?.n} rows from 1.7 M in ${(performance.now() - t0).toFixed(0)} ms (Node duckdb-wasm)`);
}, 120_000);

const province: Filters = { dataset: 'province', years: [], kinds: [] };

/** Run a view's query, returning its rows and how long it took (printed, never asserted: timing lives in benchmarks). */
async function timed(name: string, q: Parameters<Connector['query']>[0]) {
  const t0 = performance.now();
  const rows = await db.query(q);
  console.log(`${name}: ${rows.length} rows in ${(performance.now() - t0).toFixed(0)} ms (Node duckdb-wasm)`);
  return rows;
}

describe('the views’ queries over a generated province (10,000 agencies, 70,000 reports)', () => {
  it('sums every indicator by year in one small result, without the jurisdiction reports', async () => {
    const rows = await timed('every indicator by year', indicatorsSql(summableFilters(province), 'year', INDICATORS.map((d) => d.id)));
    expect(rows.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(rows.reduce((s, r) => s + Number(r.reports), 0)).toBe(56_000);
  });

  it('ranks one peer group by agency, one row per agency', async () => {
    const rows = await timed('one indicator by agency (townships)', indicatorByGroupSql({ ...province, kinds: ['township'] }, 'disclosure_rate', 'agency'));
    expect(rows).toHaveLength(2_000);
  });

  it('answers the agency-year grid of a peer group (the heatmap pages over it)', async () => {
    const rows = await timed('one indicator by agency and year (departments, 2 years)', indicatorByGroupSql({ ...province, kinds: ['department'], years: [2024, 2025] }, 'received_new', 'agency_year'));
    expect(rows).toHaveLength(4_000);
  });

  it('sums the requests and review pivots (1.7 M and 210,000 rows) per year without matching report ids', async () => {
    const applicants = await timed('applicant mix', applicantMixSql(province));
    expect(applicants.reduce((s, r) => s + Number(r.reports), 0)).toBe(56_000);
    const outcomes = await timed('outcome mix (2 years)', outcomeMixSql({ ...province, years: [2020, 2021] }));
    expect(outcomes.filter((r) => r.row_key === 'granted').map((r) => Number(r.reports))).toEqual([8_000, 8_000]);
    // From requests_cube above; with an agency filter the same queries read the 1.7 M-row pivot.
    // Every 20th agency: 500 townships (i % 5 = 0), none of them a jurisdiction.
    const someAgencies = Array.from({ length: 500 }, (_, i) => `p/c${(i * 20) % 100}/a${i * 20}`);
    const picked = await timed('applicant mix (500 agencies, pivot)', applicantMixSql({ ...province, agencies: someAgencies }));
    expect(picked.reduce((s, r) => s + Number(r.reports), 0)).toBe(500 * 7);
    const pickedOutcomes = await timed('outcome mix (500 agencies, 2 years, pivot)', outcomeMixSql({ ...province, years: [2020, 2021], agencies: someAgencies }));
    expect(pickedOutcomes.filter((r) => r.row_key === 'granted').map((r) => Number(r.reports))).toEqual([500, 500]);
    // 县1's 100 agencies are streets, 县4's jurisdictions (i % 100 fixes i % 5): only 县1's reports count.
    const suits = await timed('litigation outcomes (2 counties)', litigationOutcomesSql({ ...province, counties: ['县1', '县4'] }));
    expect(suits.reduce((s, r) => s + Number(r.reports), 0)).toBe(100 * 7 * 3);
  });

  it('lists agency totals, the litigation ranking, the coverage matrix and the report list', async () => {
    expect(await timed('agency table', agencyTableSql({ ...province, years: [2025] }))).toHaveLength(AGENCIES);
    expect((await timed('litigation by agency', litigationByAgencySql(province))).length).toBeGreaterThan(7_000);
    expect(await timed('coverage matrix', coverageMatrixSql(province))).toHaveLength(70_000);
    expect(await timed('report list', reportListSql({ ...province, years: [2025] }))).toHaveLength(AGENCIES);
  });

  it('gives the quality view its agencies, counts per kind, region and year and one page of the matrix instead of 70,000 cells', async () => {
    const agencies = await timed('coverage agencies', coverageAgenciesSql(province));
    expect(agencies).toHaveLength(AGENCIES);
    // Per kind, region and year: each region's agencies of a kind published every year.
    const counts = await timed('coverage counts', coverageCountsSql(province));
    const regions = new Set(counts.map((r) => `${r.kind} ${r.city} ${r.county}`));
    expect(regions.size).toBeGreaterThan(KINDS.length * 10);
    expect(counts).toHaveLength(regions.size * 7);
    expect(counts.every((r) => r.agencies === r.published)).toBe(true);
    const perKindYear = new Map<string, number>();
    for (const r of counts) perKindYear.set(`${r.kind} ${r.year}`, (perKindYear.get(`${r.kind} ${r.year}`) ?? 0) + Number(r.agencies));
    expect([...perKindYear.values()]).toEqual(Array.from({ length: KINDS.length * 7 }, () => AGENCIES / 5));
    const page = agencies.slice(0, 100).map((a) => String(a.agency_id));
    expect(await timed('coverage matrix, one page', coverageMatrixSql(province, page))).toHaveLength(700);
  });

  it('adds up the per-agency sums of 10,000 agencies per year in JS as the engine sums them, asked once for any years, kinds and templates', async () => {
    const asked: string[] = [];
    const counting: Connector = { ...db, query: (q) => (asked.push(q.text), db.query(q)) };
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    const whole = { ...province, years: [], kinds: [], templates: [] };
    for (const f of [{ ...province, years: [2020, 2021] }, { ...province, years: [2025], kinds: ['township' as const] }]) {
      const ranking = await answerOf(client, litigationByAgencyQuery(counting, f));
      expect(ranking.map((r) => [r.agencyId, r.reviews, r.suitClosed])).toEqual(
        (await db.query(litigationByAgencySql(f))).map((r) => [r.agency_id, Number(r.reviews), Number(r.suit_closed)]),
      );
      const group = await answerOf(client, indicatorByGroupQuery(counting, f, 'disclosure_rate', 'agency'));
      expect(group).toHaveLength(f.kinds.length ? AGENCIES / 5 : AGENCIES);
    }
    expect(asked).toEqual([litigationByAgencyYearSql(whole).text, indicatorByGroupSql(whole, 'disclosure_rate', 'agency_year', true).text]);
  });
});
