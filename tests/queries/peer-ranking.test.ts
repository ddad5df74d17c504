import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { indicator } from '../../src/indicators/index.ts';
import { answerOf, funnelCurve, peerRanking, peerRankingQuery } from '../../src/queries/index.ts';
import { fixtureReportDb } from './fixture-report-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureReportDb();
});

const departments = { dataset: 'rpt', years: [2022], kinds: ['department' as const] };
const rank = (f: typeof departments, id: Parameters<typeof peerRankingQuery>[2]) => answerOf(new QueryClient(), peerRankingQuery(db, f, id));

describe('peerRankingQuery', () => {
  it('ranks rates with Wilson intervals and keeps denominators below 5 out of the ranking', async () => {
    // 2022: 甲局 8/10, 丙局 5/40 ranked; 乙局 1/3 insufficient. Baseline (8 + 1 + 5) / (10 + 3 + 40) = 14/53.
    const r = await rank(departments, 'disclosure_rate');
    expect(r.isRate).toBe(true);
    expect(r.baseline).toBeCloseTo(14 / 53, 10);
    expect(r.points.map((p) => [p.agencyName, p.status, p.numerator, p.denominator])).toEqual([
      ['甲局', 'ranked', 8, 10],
      ['丙局', 'ranked', 5, 40],
      ['乙局', 'insufficient', 1, 3],
    ]);
    // Wilson 8/10 at 95 %: 0.4902–0.9433.
    expect(r.points[0]?.low).toBeCloseTo(0.4902, 4);
    expect(r.points[0]?.high).toBeCloseTo(0.9433, 4);
  });

  it('flags agencies outside the funnel limits around the peer baseline', async () => {
    // p = 0.26415: n = 10 → high limit 0.5374 < 0.8; n = 40 → low limit 0.1275 > 0.125.
    const r = await rank(departments, 'disclosure_rate');
    expect(r.points.map((p) => p.outlier)).toEqual(['high', 'low', null]);
  });

  it('ranks counts plainly around the median, and lists a blank figure as missing', async () => {
    // received_new 2022: 丙局 40, 甲局 12, 乙局 blank. Median of 40 and 12 = 26.
    const r = await rank(departments, 'received_new');
    expect(r.baseline).toBe(26);
    expect(r.points.map((p) => [p.agencyName, p.status, p.value, p.low])).toEqual([
      ['丙局', 'ranked', 40, null],
      ['甲局', 'ranked', 12, null],
      ['乙局', 'missing', null, null],
    ]);
  });

  it('leaves reports lacking a term out of an agency over all years', async () => {
    // 甲局: 2020 2/4 + 2022 8/10; 2023 has a blank 予以公开 and is left out.
    const r = await rank({ ...departments, years: [] }, 'disclosure_rate');
    const a = r.points.find((p) => p.agencyName === '甲局');
    expect(a).toMatchObject({ numerator: 10, denominator: 14, reports: 3, reportsWithoutFigure: 1 });
  });
});

describe('peerRanking', () => {
  it('peerRanking(rows, def) sorts ties and unranked agencies by pinyin', () => {
    const row = (agencyName: string, numerator: number | null, denominator: number | null) => ({
      agencyId: agencyName, agencyName, numerator, denominator, value: null, reports: 1, reportsWithoutFigure: 0,
    });
    const r = peerRanking([row('赵局', 1, 2), row('安局', 1, 2), row('北局', null, null), row('财局', 3, 6), row('白局', 3, 6)], indicator('disclosure_rate'));
    expect(r.points.map((p) => p.agencyName)).toEqual(['白局', '财局', '安局', '赵局', '北局']);
  });

  it('funnelCurve(p, maxN) narrows as n grows and stays within 0–1', () => {
    const c = funnelCurve(0.5, 100);
    expect(c[0]).toEqual({ n: 1, low: 0, high: 1 });
    expect(c.at(-1)?.n).toBe(100);
    expect(c.at(-1)?.low).toBeCloseTo(0.402, 3);
    expect(c.every((x, i) => i === 0 || x.high <= (c[i - 1]?.high ?? 1))).toBe(true);
  });
});
