import type { Connector } from '../db/index.ts';
import { fragment, sql } from '../db/index.ts';
import type { IndicatorId } from '../indicators/index.ts';
import { indicator } from '../indicators/index.ts';
import type { Filters } from './filters.ts';
import { filterClause } from './filters.ts';
import type { Grouping, SlicedIndicatorRow } from './grouping.ts';
import { groupColumns, pickGroups, termsSql, toSlicedIndicatorRow, wholeGrouping } from './grouping.ts';
import { slicedQuery } from './slices.ts';

/** One indicator per group: ratio of sums for rates, over reports that report every term; `perSlice`, see groupColumns. */
export function indicatorByGroupSql(f: Filters, id: IndicatorId, grouping: Grouping, perSlice = false) {
  const def = indicator(id);
  const groupList = groupColumns(grouping, perSlice);
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

/** A grouping's whole answer (per year, kind and template): the rows every sliced query of it picks from. */
export async function loadIndicatorByGroup(db: Connector, f: Filters, id: IndicatorId, grouping: Grouping): Promise<SlicedIndicatorRow[]> {
  const isRate = indicator(id).unit === 'rate';
  return (await db.query(indicatorByGroupSql(f, id, grouping, true))).map((r) =>
    toSlicedIndicatorRow(r, isRate, r.numerator, r.denominator, r.reports_without_figure),
  );
}

/**
 * One indicator per group, added up over its rows per year, kind and template (per agency and year for
 * agencies): a year, kind or template change asks nothing. Groupings that share a whole answer share its cache.
 */
export const indicatorByGroupQuery = (db: Connector, f: Filters, id: IndicatorId, grouping: Grouping) => {
  const whole = wholeGrouping(grouping);
  const isRate = indicator(id).unit === 'rate';
  return slicedQuery({
    name: 'indicatorByGroup',
    f,
    key: [id, whole],
    picks: grouping,
    load: (all) => loadIndicatorByGroup(db, all, id, whole),
    pick: (rows, sel) => pickGroups(rows, sel, grouping, isRate),
  });
};
