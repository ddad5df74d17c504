import type { Row, SqlFragment } from '../db/index.ts';
import { fragment, ident, join, sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import type { Term } from '../indicators/index.ts';
import type { Filters } from './filters.ts';
import { numOrNull } from './selection.ts';
import { addUp, inSlice } from './slices.ts';

/** How indicator values are grouped; each maps to columns of report_summary. */
export const GROUPINGS = {
  year: ['year'],
  kind: ['kind'],
  agency: ['agency_id', 'agency_name', 'kind'],
  kind_year: ['kind', 'year'],
  agency_year: ['agency_id', 'agency_name', 'kind', 'year'],
} as const;
export type Grouping = keyof typeof GROUPINGS;

/**
 * The grouping a sliced query asks for (with year and kind: an agency has one kind; and per report template),
 * and what adds its rows up into the grouping's: the group of a row, and what the sum spans.
 */
const WHOLE: Record<Grouping, { whole: Grouping; group: (r: SlicedIndicatorRow) => string; spanned: readonly ('year' | 'kind' | 'reportTemplate')[] }> = {
  year: { whole: 'kind_year', group: (r) => String(r.year), spanned: ['kind', 'reportTemplate'] },
  kind: { whole: 'kind_year', group: (r) => String(r.kind), spanned: ['year', 'reportTemplate'] },
  kind_year: { whole: 'kind_year', group: (r) => `${r.kind} ${r.year}`, spanned: ['reportTemplate'] },
  agency: { whole: 'agency_year', group: (r) => String(r.agencyId), spanned: ['year', 'reportTemplate'] },
  agency_year: { whole: 'agency_year', group: (r) => `${r.agencyId} ${r.year}`, spanned: ['reportTemplate'] },
};

/** The grouping whose rows for every year and kind give a grouping's rows for any of them. */
export const wholeGrouping = (g: Grouping): Grouping => WHOLE[g].whole;

export interface IndicatorRow {
  year?: number;
  kind?: AgencyKind;
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

/** An IndicatorRow of a sliced query's whole answer: with the template of the reports it sums, which a template change picks by. */
export type SlicedIndicatorRow = IndicatorRow & { reportTemplate: string };

/** A grouping's columns of report_summary; `perSlice`, with the report template too (a sliced query's whole answer). */
export const groupColumns = (grouping: Grouping, perSlice: boolean): SqlFragment =>
  join([...GROUPINGS[grouping], ...(perSlice ? ['template'] : [])].map((c) => ident(c)), ', ');

/** The SQL sum of an indicator's terms (+column / −column), columns from the closed SummaryColumn set. */
export function termsSql(terms: readonly Term[]): SqlFragment {
  return join(terms.map(([sign, column]) => (sign < 0 ? fragment(sql`-${ident(column)}`) : ident(column))), ' + ');
}

/** A rate's value is the ratio of its sums (none over 0), a count's its numerator. */
export const indicatorValue = (isRate: boolean, numerator: number | null, denominator: number | null): number | null =>
  isRate ? (numerator !== null && denominator ? numerator / denominator : null) : numerator;

/** An IndicatorRow from a result row's group columns and one indicator's sums. */
export function toIndicatorRow(r: Row, isRate: boolean, num: unknown, den: unknown, missing: unknown): IndicatorRow {
  const numerator = numOrNull(num);
  const denominator = numOrNull(den);
  return {
    ...(r.year !== undefined ? { year: Number(r.year) } : {}),
    ...(r.kind !== undefined ? { kind: r.kind as AgencyKind } : {}),
    ...(r.agency_id !== undefined ? { agencyId: String(r.agency_id), agencyName: String(r.agency_name) } : {}),
    numerator,
    denominator,
    value: indicatorValue(isRate, numerator, denominator),
    reports: Number(r.reports),
    reportsWithoutFigure: Number(missing),
  };
}

/** toIndicatorRow of a whole answer's row (grouped by `groupColumns(…, true)`). */
export const toSlicedIndicatorRow = (r: Row, isRate: boolean, num: unknown, den: unknown, missing: unknown): SlicedIndicatorRow => ({
  ...toIndicatorRow(r, isRate, num, den, missing),
  reportTemplate: String(r.template),
});

const SUMMED = ['numerator', 'denominator', 'reports', 'reportsWithoutFigure'] as const;

/**
 * A grouping's rows for the filters' years, kinds and templates from the rows of its whole grouping (ordered by
 * kind or agency, then year): the rows of the slice, added up per group, in SQL's order of the groups.
 */
export function pickGroups(
  rows: readonly SlicedIndicatorRow[],
  f: Pick<Filters, 'years' | 'kinds' | 'templates'>,
  grouping: Grouping,
  isRate: boolean,
): IndicatorRow[] {
  const { group, spanned } = WHOLE[grouping];
  const picked = inSlice(rows, f);
  const summed = addUp(picked, group, SUMMED, spanned);
  for (const r of summed) r.value = indicatorValue(isRate, r.numerator, r.denominator);
  return grouping === 'year' ? summed.sort((a, b) => (a.year ?? 0) - (b.year ?? 0)) : summed;
}
