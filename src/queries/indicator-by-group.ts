import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../db/index.ts';
import { fragment, ident, join, sql } from '../db/index.ts';
import type { IndicatorId } from '../indicators/index.ts';
import { indicator } from '../indicators/index.ts';
import { addUpYears, byYearQuery, ofYears, perAgencyQuery } from './by-year.ts';
import type { Filters } from './filters.ts';
import { filterClause } from './filters.ts';
import type { Grouping, IndicatorRow } from './grouping.ts';
import { byYears, GROUPINGS, indicatorValue, termsSql, toIndicatorRow } from './grouping.ts';

/** One indicator per group: ratio of sums for rates, over reports that report every term. */
export function indicatorByGroupSql(f: Filters, id: IndicatorId, grouping: Grouping) {
  const def = indicator(id);
  const groupList = join(GROUPINGS[grouping].map((c) => ident(c)), ', ');
  const num = termsSql(def.numerator);
  const den = def.denominator ? termsSql(def.denominator) : fragment(sql`NULL::DOUBLE`);
  const complete = def.denominator ? fragment(sql`num IS NOT NULL AND den IS NOT NULL`) : fragment(sql`num IS NOT NULL`);
  return sql`
    WITH base AS (
      SELECT ${groupList}, (${num}) AS num, (${den}) AS den
      FROM report_summary
      WHERE ${filterClause(f)}
    )
    SELECT ${groupList},
           sum(num) FILTER (WHERE ${complete}) AS numerator,
           sum(den) FILTER (WHERE ${complete}) AS denominator,
           count(*) AS reports,
           count(*) FILTER (WHERE NOT (${complete})) AS reports_without_figure
    FROM base
    GROUP BY ${groupList}
    ORDER BY ${groupList}`;
}

async function loadIndicatorByGroup(db: Connector, f: Filters, id: IndicatorId, grouping: Grouping): Promise<IndicatorRow[]> {
  const isRate = indicator(id).unit === 'rate';
  return (await db.query(indicatorByGroupSql(f, id, grouping))).map((r) =>
    toIndicatorRow(r, isRate, r.numerator, r.denominator, r.reports_without_figure),
  );
}

// Groupings whose sums are their per-year grouping's sums added up over the selected years.
const PER_YEAR: Partial<Record<Grouping, Grouping>> = { agency: 'agency_year', kind: 'kind_year' };

const SUMMED = ['numerator', 'denominator', 'reports', 'reportsWithoutFigure'] as const;

/** Rows of a per-year grouping summed over the picked years into one row per agency (or kind), in its order. */
function overYears(rows: readonly IndicatorRow[], years: readonly number[], isRate: boolean): IndicatorRow[] {
  return addUpYears(rows, years, (r) => r.agencyId ?? r.kind ?? '', SUMMED).map((r) => ({
    ...r,
    value: indicatorValue(isRate, r.numerator, r.denominator),
  }));
}

/**
 * One indicator per group. Grouped by year, a year change picks rows of the every-year answer; per kind (and
 * per agency, up to ROLL_UP_AGENCIES agencies), it adds up the picked years of the answer per kind (agency) and year.
 */
export const indicatorByGroupQuery = (db: Connector, f: Filters, id: IndicatorId, grouping: Grouping) => {
  const perYear = PER_YEAR[grouping];
  if (perYear) {
    const isRate = indicator(id).unit === 'rate';
    const load = (every: Filters) => loadIndicatorByGroup(db, every, id, perYear);
    const pick = (rows: IndicatorRow[], years: readonly number[]) => overYears(rows, years, isRate);
    // Kinds are few at any scale; agencies are added up only while few (see ROLL_UP_AGENCIES).
    return grouping === 'kind'
      ? byYearQuery('indicatorByGroup', f, [id, grouping], load, pick, [id, perYear])
      : perAgencyQuery(db, 'indicatorByGroup', f, [id, grouping], { key: [id, perYear], load, pick }, (selection) => loadIndicatorByGroup(db, selection, id, grouping));
  }
  return byYears(grouping)
    ? byYearQuery('indicatorByGroup', f, [id, grouping], (every) => loadIndicatorByGroup(db, every, id, grouping), ofYears)
    : queryOptions({ queryKey: ['indicatorByGroup', f, id, grouping] as unknown[], queryFn: () => loadIndicatorByGroup(db, f, id, grouping) });
};
