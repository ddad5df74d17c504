import type { FunnelPoint, RankingPoint } from '../../charts/index.ts';
import type { PeerPoint } from '../../queries/index.ts';

/** Formatting and wording a peer chart needs, bound to the current language. */
export interface PointText {
  value: (v: number | null) => string;
  count: (v: number | null) => string;
  tip: (p: PeerPoint) => string;
}

/** Ranked agencies as ranking-chart points (insufficient and missing ones are listed, not drawn). */
export function rankingPoints(points: readonly PeerPoint[], text: PointText): RankingPoint[] {
  return points
    .filter((p) => p.status === 'ranked' && p.value !== null)
    .map((p) => ({ label: p.agencyName, value: p.value ?? 0, low: p.low, high: p.high, note: text.tip(p) }));
}

/** Ranked agencies as funnel points (rates only). */
export function funnelPoints(points: readonly PeerPoint[], text: PointText): FunnelPoint[] {
  return points
    .filter((p) => p.status === 'ranked' && p.value !== null && p.denominator !== null)
    .map((p) => ({ label: p.agencyName, n: p.denominator ?? 0, value: p.value ?? 0, outlier: p.outlier, note: text.tip(p) }));
}
