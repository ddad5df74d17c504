import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Row, Sql } from '../../src/db/index.ts';
import type { Filters, FindingsFilter } from '../../src/queries/index.ts';
import {
  answerOf,
  coverageAgenciesQuery,
  coverageAgenciesSql,
  coverageMatrixQuery,
  coverageMatrixSql,
  coverageTotalsQuery,
  findingCountsQuery,
  findingCountsSql,
  findingsListQuery,
  findingsListSql,
} from '../../src/queries/index.ts';
import { twoCountyDb } from '../load/pack/demo-pack.ts';

// The demo county (演示市 样例县) and a generated one in another city (另一市 另一县), one dataset.
let db: Connector;
beforeAll(async () => {
  db = await twoCountyDb('另一市');
}, 60_000);

const all: Filters = { dataset: 'demo', years: [], kinds: [] };
const SELECTIONS: Filters[] = [
  all,
  { ...all, cities: ['演示市'] },
  { ...all, cities: ['另一市'] },
  { ...all, counties: ['另一县'] },
  { ...all, cities: ['演示市', '另一市'], counties: ['样例县'] },
  { ...all, cities: ['演示市'], counties: ['另一县'] },
  { ...all, cities: ['另一市'], kinds: ['township'], years: [2020, 2023] },
  { ...all, counties: ['样例县'], templates: ['v2019'] },
];
const none: FindingsFilter = { rules: [], severities: [], agencies: [], years: [] };

const counter = () => {
  const sent: Sql[] = [];
  const counting: Connector = { ...db, query: <T extends Row = Row>(q: Sql) => (sent.push(q), db.query<T>(q)) };
  return { sent, counting, client: new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } }) };
};
const num = (v: unknown) => (typeof v === 'bigint' ? Number(v) : v);

describe('the quality view’s queries: a region change', () => {
  it('has two cities and counties to pick from, each with agencies and findings', async () => {
    const regions = await db.query({ text: 'SELECT city, county, count(*) AS n FROM report_summary GROUP BY ALL ORDER BY ALL', params: [] });
    expect(regions.map((r) => [r.city, r.county])).toEqual([['另一市', '另一县'], ['演示市', '样例县']]);
    const findings = await db.query({ text: 'SELECT DISTINCT s.county FROM findings JOIN report_summary s USING (report_id)', params: [] });
    expect(findings).toHaveLength(2);
  });

  it('picks the agencies, findings, counts and cells of each selection from one answer each, as the engine selects them', async () => {
    const { sent, counting, client } = counter();
    let compared = 0;
    for (const f of SELECTIONS) {
      const at = JSON.stringify(f);
      const agencies = await answerOf(client, coverageAgenciesQuery(counting, f));
      expect(agencies.map((a) => a.agencyId), at).toEqual((await db.query(coverageAgenciesSql(f))).map((r) => r.agency_id));

      const findings = await answerOf(client, findingsListQuery(counting, f, none));
      expect(findings.map((r) => [r.reportId, r.rule, r.messageZh]), at).toEqual((await db.query(findingsListSql(f, none))).map((r) => [r.report_id, r.rule, r.message_zh]));

      const counts = await answerOf(client, findingCountsQuery(counting, f, none));
      expect(counts.map((c) => [c.rule, c.severity, c.count]), at).toEqual((await db.query(findingCountsSql(f, none))).map((r) => [r.rule, r.severity, num(r.n)]));

      const cells = await answerOf(client, coverageMatrixQuery(counting, f));
      const engine = await db.query(coverageMatrixSql(f));
      expect(cells.map((c) => [c.agencyId, c.year, c.reportId, c.findings]), at).toEqual(engine.map((r) => [r.agency_id, r.year, r.report_id, num(r.findings)]));

      // The totals are the matrix's cells counted per kind.
      const totals = await answerOf(client, coverageTotalsQuery(counting, f));
      const kinds = [...new Set(cells.map((c) => c.kind))].sort();
      expect(totals.kinds.map((k) => [k.kind, k.agencies, k.expected, k.published]), at).toEqual(
        kinds.map((kind) => {
          const of = cells.filter((c) => c.kind === kind);
          return [kind, new Set(of.map((c) => c.agencyId)).size, of.length, of.filter((c) => c.reportId !== null).length];
        }),
      );
      compared += agencies.length + findings.length + cells.length;
    }
    expect(compared).toBeGreaterThan(SELECTIONS.length * 10);
    // Agencies, findings, counts, cells, totals: one query each for every region, year, kind and template.
    expect(sent).toHaveLength(5);
  });
});
