import type { IndicatorId } from '../../indicators/index.ts';
import { MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { IndicatorRow } from '../../queries/index.ts';

/** Indicators of the agency page, in column order. */
export const HEADLINE_IDS = [
  'received_new',
  'processed_total',
  'disclosure_rate',
  'carry_over_rate',
  'review_total',
  'litigation_total',
] as const satisfies readonly IndicatorId[];

export type HeadlineId = (typeof HEADLINE_IDS)[number];

/** What one cell of the headline table shows. */
export type HeadlineCell =
  | { kind: 'value'; value: number; numerator: number | null; denominator: number | null }
  | { kind: 'insufficient'; numerator: number | null; denominator: number | null }
  | { kind: 'blank' };

/** The cell for one indicator and year (pure): blank without a figure, insufficient below MIN_DENOMINATOR for rates. */
export function headlineCell(row: IndicatorRow | undefined, isRate: boolean): HeadlineCell {
  if (!row || row.value === null) {
    if (isRate && row && row.denominator !== null) return { kind: 'insufficient', numerator: row.numerator, denominator: row.denominator };
    return { kind: 'blank' };
  }
  if (isRate && (row.denominator ?? 0) < MIN_DENOMINATOR) {
    return { kind: 'insufficient', numerator: row.numerator, denominator: row.denominator };
  }
  return { kind: 'value', value: row.value, numerator: row.numerator, denominator: row.denominator };
}

/** Every year from the earliest to the latest of the agency's and the dataset's years. */
export function yearSpan(reportYears: readonly number[], datasetYears: readonly number[]): number[] {
  const all = [...reportYears, ...datasetYears];
  if (all.length === 0) return [];
  const out: number[] = [];
  for (let y = Math.min(...all); y <= Math.max(...all); y++) out.push(y);
  return out;
}
