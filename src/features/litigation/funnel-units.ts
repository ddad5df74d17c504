import type { LitigationByAgencyRow } from '../../queries/index.ts';

/** Agencies that share one spot of a funnel plot: the same corrected and closed counts. */
export interface FunnelUnit {
  /** Corrected cases of each agency here. */
  k: number;
  /** Closed cases of each agency here. */
  n: number;
  /** The agencies, in the order of the rows (most cases first). */
  names: string[];
}

/**
 * The agencies with closed cases, grouped by their (corrected, closed) pair (pure): agencies with equal counts
 * sit on the same pixel, so one mark each. A province's 3,000 agencies fill about 200 spots.
 */
export function funnelUnits(rows: readonly LitigationByAgencyRow[], of: 'review' | 'suit'): FunnelUnit[] {
  const spots = new Map<string, FunnelUnit>();
  for (const r of rows) {
    const k = (of === 'review' ? r.reviewCorrected : r.suitCorrected) ?? 0;
    const n = (of === 'review' ? r.reviewClosed : r.suitClosed) ?? 0;
    if (n <= 0) continue;
    const key = `${k}/${n}`;
    const spot = spots.get(key);
    if (spot) spot.names.push(r.name);
    else spots.set(key, { k, n, names: [r.name] });
  }
  return [...spots.values()];
}

/** Sums over every agency (not every spot): the baseline's corrected and closed cases. */
export function funnelTotals(units: readonly FunnelUnit[]): { k: number; n: number } {
  let k = 0;
  let n = 0;
  for (const u of units) {
    k += u.k * u.names.length;
    n += u.n * u.names.length;
  }
  return { k, n };
}

/** A spot's name: the agency, or the first one and how many share the spot. */
export function unitLabel(u: FunnelUnit, more: (first: string, count: number) => string): string {
  return u.names.length === 1 ? (u.names[0] ?? '') : more(u.names[0] ?? '', u.names.length);
}
