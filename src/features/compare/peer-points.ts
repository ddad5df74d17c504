import type { FunnelPoint, RankingPoint } from '../../charts/index.ts';
import type { PeerPoint } from '../../queries/index.ts';

/** Formatting and wording a peer chart needs, bound to the current language. */
export interface PointText {
  value: (v: number | null) => string;
  count: (v: number | null) => string;
  tip: (p: PeerPoint) => string;
}

/** Ranked agencies as funnel points (rates only). */
export function funnelPoints(points: readonly PeerPoint[], text: PointText): FunnelPoint[] {
  return points
    .filter((p) => p.status === 'ranked' && p.value !== null && p.denominator !== null)
    .map((p) => ({ label: p.agencyName, n: p.denominator ?? 0, value: p.value ?? 0, outlier: p.outlier, note: () => text.tip(p) }));
}

/** The top and bottom `n` of a ranking (pure) when it has more than 2n, each label prefixed with its rank. */
export function rankingWindow<T extends { label: string }>(points: readonly T[], n: number): { points: T[]; indices: number[]; hidden: number } {
  const indices = points.length > 2 * n ? [...Array(n).keys(), ...Array.from({ length: n }, (_, i) => points.length - n + i)] : [...points.keys()];
  const shown = indices.map((i) => ({ ...(points[i] as T), label: `${i + 1}. ${(points[i] as T).label}` }));
  return { points: shown, indices, hidden: points.length - indices.length };
}

/** The ranking chart's points (pure): the top and bottom `n` ranked agencies, tooltips written only for those drawn. */
export function rankedWindow(points: readonly PeerPoint[], text: PointText, n: number): { points: RankingPoint[]; indices: number[]; hidden: number } {
  const drawn = points.filter((p) => p.status === 'ranked' && p.value !== null).map((p) => ({ label: p.agencyName, p }));
  const w = rankingWindow(drawn, n);
  const shown = w.points.map(({ label, p }) => ({ label, value: p.value ?? 0, low: p.low, high: p.high, note: text.tip(p) }));
  return { points: shown, indices: w.indices, hidden: w.hidden };
}
