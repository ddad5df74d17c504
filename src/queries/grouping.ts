import type { Row, SqlFragment } from '../db/index.ts';
import { fragment, ident, join, sql } from '../db/index.ts';
import type { Term } from '../indicators/index.ts';

/** How indicator values are grouped; each maps to columns of report_summary. */
export const GROUPINGS = {
  year: ['year'],
  kind: ['kind'],
  agency: ['agency_id', 'agency_name', 'kind'],
  kind_year: ['kind', 'year'],
  agency_year: ['agency_id', 'agency_name', 'kind', 'year'],
} as const;
export type Grouping = keyof typeof GROUPINGS;

/** The grouping has a row per year (so its answer for some years is its rows of those years). */
export const byYears = (g: Grouping): boolean => (GROUPINGS[g] as readonly string[]).includes('year');

export interface IndicatorRow {
  year?: number;
  kind?: string;
  agencyId?: string;
  agencyName?: string;
  /** Summed numerator over reports that report every term. */
  numerator: number | null;
  denominator: number | null;
  /** numerator for counts; numerator / denominator for rates (null when the denominator is 0). */
  value: number | null;
  reports: number;
  /** Reports that leave a term of the indicator blank or ambiguous: left out of the figures. */
  reportsWithoutFigure: number;
}

/** The SQL sum of an indicator's terms (+column / −column), columns from the closed SummaryColumn set. */
export function termsSql(terms: readonly Term[]): SqlFragment {
  return join(terms.map(([sign, column]) => (sign < 0 ? fragment(sql`-${ident(column)}`) : ident(column))), ' + ');
}

const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** A rate's value is the ratio of its sums (none over 0), a count's its numerator. */
export const indicatorValue = (isRate: boolean, numerator: number | null, denominator: number | null): number | null =>
  isRate ? (numerator !== null && denominator ? numerator / denominator : null) : numerator;

/** An IndicatorRow from a result row's group columns and one indicator's sums. */
export function toIndicatorRow(r: Row, isRate: boolean, num: unknown, den: unknown, missing: unknown): IndicatorRow {
  const numerator = numOrNull(num);
  const denominator = numOrNull(den);
  return {
    ...(r.year !== undefined ? { year: Number(r.year) } : {}),
    ...(r.kind !== undefined ? { kind: String(r.kind) } : {}),
    ...(r.agency_id !== undefined ? { agencyId: String(r.agency_id), agencyName: String(r.agency_name) } : {}),
    numerator,
    denominator,
    value: indicatorValue(isRate, numerator, denominator),
    reports: Number(r.reports),
    reportsWithoutFigure: Number(missing),
  };
}
