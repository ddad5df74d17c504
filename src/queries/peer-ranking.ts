import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../db/index.ts';
import { pinyinRanks } from '../domain/index.ts';
import type { Indicator, IndicatorId } from '../indicators/index.ts';
import { funnelLimits, indicator, MIN_DENOMINATOR, wilson } from '../indicators/index.ts';
import type { Filters } from './filters.ts';
import type { IndicatorRow, SlicedIndicatorRow } from './grouping.ts';
import { indicatorByGroupQuery } from './indicator-by-group.ts';

/** Where an agency stands: ranked, too few cases to rank (rates), or no figure at all. */
export type PeerStatus = 'ranked' | 'insufficient' | 'missing';

export interface PeerPoint {
  agencyId: string;
  agencyName: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** 95 % Wilson interval (rates with a denominator only). */
  low: number | null;
  high: number | null;
  status: PeerStatus;
  /** Outside the funnel's control limits around the peer baseline (rates, ranked only). */
  outlier: 'high' | 'low' | null;
  reports: number;
  reportsWithoutFigure: number;
}

export interface PeerRanking {
  isRate: boolean;
  /** Peer-group rate as a ratio of sums (rates), or the median count; null without figures. */
  baseline: number | null;
  /** Ranked agencies first (highest value first), then insufficient, then missing, each by pinyin. */
  points: PeerPoint[];
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function point(r: IndicatorRow, isRate: boolean, baseline: number | null): PeerPoint {
  const num = r.numerator;
  const den = r.denominator;
  const base = { agencyId: r.agencyId ?? '', agencyName: r.agencyName ?? '', numerator: num, denominator: den, reports: r.reports, reportsWithoutFigure: r.reportsWithoutFigure };
  if (!isRate) return { ...base, value: num, low: null, high: null, status: num === null ? 'missing' : 'ranked', outlier: null };
  if (num === null || den === null) return { ...base, value: null, low: null, high: null, status: 'missing', outlier: null };
  const ci = wilson(num, den);
  const value = den > 0 ? num / den : null;
  const status: PeerStatus = den >= MIN_DENOMINATOR && value !== null ? 'ranked' : 'insufficient';
  const limits = baseline !== null && status === 'ranked' ? funnelLimits(baseline, den) : null;
  const outlier = limits && value !== null ? (value > limits.high ? 'high' : value < limits.low ? 'low' : null) : null;
  return { ...base, value, low: ci?.low ?? null, high: ci?.high ?? null, status, outlier };
}

const ORDER: Record<PeerStatus, number> = { ranked: 0, insufficient: 1, missing: 2 };

/** Rank agencies of one peer group on an indicator (pure): rates only where the denominator allows. */
export function peerRanking(rows: readonly IndicatorRow[], def: Indicator): PeerRanking {
  const isRate = def.unit === 'rate';
  const complete = rows.filter((r) => r.numerator !== null && (!isRate || r.denominator !== null));
  const num = complete.reduce((s, r) => s + (r.numerator ?? 0), 0);
  const den = complete.reduce((s, r) => s + (r.denominator ?? 0), 0);
  const baseline = isRate ? (den > 0 ? num / den : null) : median(complete.map((r) => r.numerator ?? 0));
  const points = rows.map((r) => point(r, isRate, baseline));
  const pinyin = pinyinRanks(points.map((p) => p.agencyName));
  points.sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      (a.status === 'ranked' ? (b.value ?? 0) - (a.value ?? 0) : 0) ||
      (pinyin.get(a.agencyName) ?? 0) - (pinyin.get(b.agencyName) ?? 0),
  );
  return { isRate, baseline, points };
}

/** Funnel control limits around a baseline from n = 1 to maxN, for drawing the funnel's two curves. */
export function funnelCurve(baseline: number, maxN: number, steps = 48): { n: number; low: number; high: number }[] {
  const top = Math.max(maxN, MIN_DENOMINATOR);
  const ns = new Set<number>();
  for (let i = 0; i <= steps; i++) ns.add(Math.max(1, Math.round(Math.exp((Math.log(top) * i) / steps))));
  return [...ns].sort((a, b) => a - b).map((n) => ({ n, ...funnelLimits(baseline, n) }));
}

// A select written inline is a new function on every render, so React Query would rank again each time (a
// province's 10,000 agencies, sorted by pinyin): each result is ranked once. The key holds the indicator.
const rankings = new WeakMap<readonly IndicatorRow[], PeerRanking>();

function rankOnce(rows: readonly IndicatorRow[], id: IndicatorId): PeerRanking {
  let ranking = rankings.get(rows);
  if (!ranking) rankings.set(rows, (ranking = peerRanking(rows, indicator(id))));
  return ranking;
}

/** One indicator for every agency of a peer group (the filters' kinds), ranked; shares the grouped query's cache. */
export const peerRankingQuery = (db: Connector, f: Filters, id: IndicatorId) => {
  const grouped = indicatorByGroupQuery(db, f, id, 'agency');
  return queryOptions({ ...grouped, select: (rows: SlicedIndicatorRow[]): PeerRanking => rankOnce(grouped.select(rows), id) });
};
