import type { IntervalPoint } from '../../charts/index.ts';
import { MIN_DENOMINATOR, wilson } from '../../indicators/index.ts';
import type { IndicatorRow } from '../../queries/index.ts';

export interface RateSummary {
  numerator: number;
  denominator: number;
  value: number | null;
  low: number | null;
  high: number | null;
  sufficient: boolean;
}

/** Ratio of sums with its Wilson interval; `sufficient` is false below MIN_DENOMINATOR closed cases. */
export function summarise(numerator: number, denominator: number): RateSummary {
  const ci = wilson(numerator, denominator);
  return {
    numerator,
    denominator,
    value: denominator > 0 ? numerator / denominator : null,
    low: ci?.low ?? null,
    high: ci?.high ?? null,
    sufficient: denominator >= MIN_DENOMINATOR,
  };
}

/** The whole selection: sums of the per-year numerators and denominators. */
export function overall(rows: readonly IndicatorRow[]): RateSummary {
  return summarise(
    rows.reduce((s, r) => s + (r.numerator ?? 0), 0),
    rows.reduce((s, r) => s + (r.denominator ?? 0), 0),
  );
}

/** One interval point per year; years below MIN_DENOMINATOR get no point (insufficient data). */
export function yearPoints(rows: readonly IndicatorRow[], note: (year: number, s: RateSummary) => string): IntervalPoint[] {
  return rows.map((r) => {
    const s = summarise(r.numerator ?? 0, r.denominator ?? 0);
    const year = r.year ?? 0;
    return s.sufficient
      ? { category: String(year), value: s.value, low: s.low, high: s.high, note: note(year, s) }
      : { category: String(year), value: null, low: null, high: null, note: note(year, s) };
  });
}
