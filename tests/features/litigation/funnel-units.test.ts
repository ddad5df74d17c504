import { describe, expect, it } from 'vitest';
import { funnelTotals, funnelUnits, unitLabel } from '../../../src/features/litigation/funnel-units.ts';
import type { LitigationByAgencyRow } from '../../../src/queries/index.ts';

const row = (name: string, reviewCorrected: number | null, reviewClosed: number | null, suitCorrected: number | null = null, suitClosed: number | null = null): LitigationByAgencyRow => ({
  agencyId: name, name, kind: 'department', reviews: reviewClosed, reviewCorrected, reviewClosed, suits: suitClosed, suitCorrected, suitClosed,
});

const rows = [row('甲局', 1, 3, 0, 2), row('乙局', 2, 7), row('丙局', 1, 3, 1, 2), row('丁局', 0, 0), row('戊局', null, null), row('己局', 1, 3)];

describe('funnelUnits', () => {
  it('funnelUnits(rows, of) puts agencies with equal corrected and closed counts on one spot, in row order', () => {
    expect(funnelUnits(rows, 'review')).toEqual([
      { k: 1, n: 3, names: ['甲局', '丙局', '己局'] },
      { k: 2, n: 7, names: ['乙局'] },
    ]);
    expect(funnelUnits(rows, 'suit')).toEqual([
      { k: 0, n: 2, names: ['甲局'] },
      { k: 1, n: 2, names: ['丙局'] },
    ]);
  });

  it('funnelUnits(rows, of) leaves out agencies without closed cases', () => {
    expect(funnelUnits([row('丁局', 0, 0), row('戊局', null, null)], 'review')).toEqual([]);
  });

  it('funnelTotals(units) sums every agency, not every spot: 3 × 1/3 + 2/7 = 5/16', () => {
    expect(funnelTotals(funnelUnits(rows, 'review'))).toEqual({ k: 5, n: 16 });
  });

  it('unitLabel(unit, more) names a lone agency plainly and a shared spot by its first agency and count', () => {
    const [shared, lone] = funnelUnits(rows, 'review');
    const more = (first: string, count: number) => `${first}等 ${count} 个`;
    expect(lone && unitLabel(lone, more)).toBe('乙局');
    expect(shared && unitLabel(shared, more)).toBe('甲局等 3 个');
  });
});
