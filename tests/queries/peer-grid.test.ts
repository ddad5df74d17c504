import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import type { Filters } from '../../src/queries/index.ts';
import { answerOf, indicatorByGroupQuery, indicatorByGroupSql, peerGridExtentQuery, peerGridExtentSql, peerGridQuery, peerYearsQuery } from '../../src/queries/index.ts';
import { fixtureReportDb, P } from './fixture-report-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureReportDb();
});

const departments: Filters = { dataset: 'rpt', years: [], kinds: ['department'] };

describe('peerGridExtentQuery', () => {
  it('spans min(0, lowest) to max(1, highest) agency-year count of the whole group', async () => {
    // received_new among departments: 甲局 4 (2020) and 12 (2022), 丙局 40 (2022); 乙局 2022 blank.
    expect(await answerOf(new QueryClient(), peerGridExtentQuery(db, departments, 'received_new'))).toEqual({ min: 0, max: 40 });
    expect(await answerOf(new QueryClient(), peerGridExtentQuery(db, { ...departments, years: [2020] }, 'received_new'))).toEqual({ min: 0, max: 4 });
  });

  it('is 0–1 for a rate, whatever the figures', async () => {
    expect(await answerOf(new QueryClient(), peerGridExtentQuery(db, departments, 'disclosure_rate'))).toEqual({ min: 0, max: 1 });
  });

  it('narrows its lows and highs per year and kind in JS as the engine does, asking once for any years and kinds', async () => {
    const asked: string[] = [];
    const counting: Connector = { ...db, query: (q) => (asked.push(q.text), db.query(q)) };
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    for (const years of [[], [2020], [2022, 2023]]) {
      for (const kinds of [[], ['department' as const], ['township' as const], ['jurisdiction' as const, 'department' as const]]) {
        const f = { ...departments, years, kinds };
        const [r] = await db.query(peerGridExtentSql(f, 'received_new'));
        expect(await answerOf(client, peerGridExtentQuery(counting, f, 'received_new')), JSON.stringify(f)).toEqual({ min: Number(r?.low), max: Number(r?.high) });
      }
    }
    expect(asked).toHaveLength(1);
  });

  it('falls back to 0–1 when the group has no figure', async () => {
    expect(await answerOf(new QueryClient(), peerGridExtentQuery(db, { ...departments, years: [2019] }, 'received_new'))).toEqual({ min: 0, max: 1 });
  });
});

describe('peerGridQuery', () => {
  it('gives the agency-years of the agencies drawn only', async () => {
    const rows = await answerOf(new QueryClient(), peerGridQuery(db, departments, 'received_new', [`${P}/甲局`]));
    expect(rows.map((r) => [r.agencyName, r.year, r.numerator])).toEqual([
      ['甲局', 2020, 4],
      ['甲局', 2022, 12],
      // 2023 leaves 新收 blank: a row without a figure, never 0.
      ['甲局', 2023, null],
    ]);
  });

  it('gives the agency-years of every agency asked for, in the years picked', async () => {
    const rows = await answerOf(new QueryClient(), peerGridQuery(db, { ...departments, years: [2022] }, 'received_new', [`${P}/丙局`, `${P}/乙局`, `${P}/甲局`]));
    expect(rows.map((r) => [r.agencyName, r.numerator])).toEqual([
      ['丙局', 40],
      ['乙局', null],
      ['甲局', 12],
    ]);
  });

  it('picks every page from the ranking’s answer: the ranking and any pages, years and kinds ask once', async () => {
    const asked: string[] = [];
    const counting: Connector = { ...db, query: (q) => (asked.push(q.text), db.query(q)) };
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    const group = await answerOf(client, indicatorByGroupQuery(counting, departments, 'received_new', 'agency'));
    expect(group.length).toBeGreaterThan(1);
    for (const years of [[], [2020], [2022, 2023]]) {
      for (const ids of [[`${P}/甲局`], group.map((g) => g.agencyId ?? ''), []]) {
        const f = { ...departments, years };
        const rows = await answerOf(client, peerGridQuery(counting, f, 'received_new', ids));
        const engine = (await db.query(indicatorByGroupSql(f, 'received_new', 'agency_year'))).filter((r) => ids.includes(String(r.agency_id)));
        expect(rows.map((r) => [r.agencyId, r.year, r.numerator]).sort(), JSON.stringify([years, ids])).toEqual(
          engine.map((r) => [r.agency_id, r.year, r.numerator === null ? null : Number(r.numerator)]).sort(),
        );
      }
    }
    expect(asked).toHaveLength(1);
  });
});

describe('peerYearsQuery', () => {
  it('gives the years the group has reports in under each selection, from the ranking’s answer', async () => {
    const asked: string[] = [];
    const counting: Connector = { ...db, query: (q) => (asked.push(q.text), db.query(q)) };
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    const seen = new Set<string>();
    for (const years of [[], [2019, 2022], [2023]]) {
      for (const templates of [[], ['v2019'], ['v2021'], ['mixed']]) {
        const f = { ...departments, years, templates };
        // The engine's years of the group: one row per year with a report.
        const engine = (await db.query(indicatorByGroupSql(f, 'received_new', 'year'))).map((r) => Number(r.year));
        const picked = await answerOf(client, peerYearsQuery(counting, f, 'received_new'));
        expect(picked, JSON.stringify(f)).toEqual(engine);
        seen.add(JSON.stringify(picked));
      }
    }
    // Templates and years narrow the columns in more than one way.
    expect(seen.size).toBeGreaterThan(3);
    expect(asked).toHaveLength(1);
  });
});
