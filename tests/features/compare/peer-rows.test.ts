import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/index.ts';
import { createNodeConnector } from '../../../src/db/node.ts';
import { peerRowsSql } from '../../../src/features/compare/peer-rows.ts';
import { indicator } from '../../../src/indicators/index.ts';
import { peerRanking } from '../../../src/queries/index.ts';

let db: Connector;
beforeAll(async () => {
  db = await createNodeConnector();
});

const row = (agencyId: string, numerator: number | null, denominator: number | null) => ({
  agencyId,
  agencyName: agencyId,
  numerator,
  denominator,
  value: null,
  reports: 1,
  reportsWithoutFigure: 0,
});

describe('peerRowsSql(ranking)', () => {
  it('numbers ranked agencies in ranking order and lists the rest unnumbered, with intervals and status', async () => {
    const ranking = peerRanking([row('乙局', 3, 10), row('甲局', 8, 10), row('丙局', 1, 2), row('丁局', null, null)], indicator('disclosure_rate'));
    const rows = await db.query(peerRowsSql(ranking));
    expect(rows.map((r) => [r.rank, r.agency_id, r.status])).toEqual([
      [1, '甲局', 'ranked'],
      [2, '乙局', 'ranked'],
      [null, '丙局', 'insufficient'],
      [null, '丁局', 'missing'],
    ]);
    expect(rows[0]?.value).toBeCloseTo(0.8, 12);
    expect(Number(rows[0]?.wilson_low)).toBeLessThan(0.8);
    expect(Number(rows[0]?.wilson_high)).toBeGreaterThan(0.8);
  });
});
