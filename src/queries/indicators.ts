import type { Connector, Row } from '../db/index.ts';
import { fragment, ident, join, sql } from '../db/index.ts';
import type { Indicator, IndicatorId } from '../indicators/index.ts';
import { indicator } from '../indicators/index.ts';
import type { Filters } from './filters.ts';
import { filterClause } from './filters.ts';
import type { Grouping, IndicatorRow, SlicedIndicatorRow } from './grouping.ts';
import { groupColumns, pickGroups, termsSql, toIndicatorRow, toSlicedIndicatorRow, wholeGrouping } from './grouping.ts';
import { slicedQuery } from './slices.ts';

/** Indicators per group, by id. */
export type IndicatorTable<Id extends IndicatorId = IndicatorId> = Readonly<Record<Id, IndicatorRow[]>>;

const col = (id: string, part: 'n' | 'd' | 'num' | 'den' | 'numerator' | 'denominator' | 'missing') => ident(`${id}.${part}`);

/**
 * Several indicators per group in one scan of report_summary: for each, the numerator and denominator
 * summed over the reports that report every term (as indicatorByGroupSql does for one). A report lacking
 * a term keeps neither, so plain sums and counts do it without one FILTER clause per aggregate. `perSlice`: per
 * report template too (groupColumns).
 */
export function indicatorsSql(f: Filters, grouping: Grouping, ids: readonly IndicatorId[], perSlice = false) {
  const defs: readonly Indicator[] = ids.map(indicator);
  const groupList = groupColumns(grouping, perSlice);
  const raw = join(
    defs.map((d) =>
      fragment(sql`(${termsSql(d.numerator)}) AS ${col(d.id, 'n')}, (${d.denominator ? termsSql(d.denominator) : fragment(sql`NULL::DOUBLE`)}) AS ${col(d.id, 'd')}`),
    ),
    ', ',
  );
  const kept = join(
    defs.map((d) =>
      d.denominator
        ? fragment(sql`CASE WHEN ${col(d.id, 'd')} IS NOT NULL THEN ${col(d.id, 'n')} END AS ${col(d.id, 'num')},
           CASE WHEN ${col(d.id, 'n')} IS NOT NULL THEN ${col(d.id, 'd')} END AS ${col(d.id, 'den')}`)
        : fragment(sql`${col(d.id, 'n')} AS ${col(d.id, 'num')}, NULL::DOUBLE AS ${col(d.id, 'den')}`),
    ),
    ', ',
  );
  const sums = join(
    defs.map((d) =>
      fragment(sql`sum(${col(d.id, 'num')}) AS ${col(d.id, 'numerator')}, sum(${col(d.id, 'den')}) AS ${col(d.id, 'denominator')},
           count(*) - count(${col(d.id, 'num')}) AS ${col(d.id, 'missing')}`),
    ),
    ', ',
  );
  return sql`
    WITH base AS (
      SELECT ${groupList}, ${raw}
      FROM report_summary
      WHERE ${filterClause(f)}
    ), kept AS (
      SELECT ${groupList}, ${kept} FROM base
    )
    SELECT ${groupList}, count(*) AS reports, ${sums}
    FROM kept
    GROUP BY ${groupList}
    ORDER BY ${groupList}`;
}

/** Run indicatorsSql and split its wide rows into IndicatorRow lists, one per indicator. */
export async function loadIndicators<Id extends IndicatorId>(db: Connector, f: Filters, grouping: Grouping, ids: readonly Id[]): Promise<IndicatorTable<Id>> {
  return splitIndicators(await db.query(indicatorsSql(f, grouping, ids)), ids, toIndicatorRow);
}

type ToRow<R> = (r: Row, isRate: boolean, num: unknown, den: unknown, missing: unknown) => R;

function splitIndicators<Id extends IndicatorId, R extends IndicatorRow>(rows: readonly Row[], ids: readonly Id[], toRow: ToRow<R>): Record<Id, R[]> {
  const table = {} as Record<Id, R[]>;
  for (const id of ids) {
    const d = indicator(id);
    table[id] = rows.map((r) => toRow(r, d.unit === 'rate', r[`${d.id}.numerator`], r[`${d.id}.denominator`], r[`${d.id}.missing`]));
  }
  return table;
}

/**
 * The indicators a view shows by year or kind, in one query (one worker round trip instead of one per
 * indicator): pick rows with `data[id]`. Pass a constant list, as it is part of the cache key. Picked from the
 * rows per year, kind and template, as indicatorByGroupQuery: a year, kind or template change asks nothing.
 */
export const indicatorsQuery = <Id extends IndicatorId>(db: Connector, f: Filters, grouping: Grouping, ids: readonly Id[]) => {
  const whole = wholeGrouping(grouping);
  return slicedQuery({
    name: 'indicators',
    f,
    key: [whole, ids],
    picks: grouping,
    load: async (all) => splitIndicators<Id, SlicedIndicatorRow>(await db.query(indicatorsSql(all, whole, ids, true)), ids, toSlicedIndicatorRow),
    pick: (table, sel) => {
      const picked = {} as Record<Id, IndicatorRow[]>;
      for (const id of ids) picked[id] = pickGroups(table[id], sel, grouping, indicator(id).unit === 'rate');
      return picked as IndicatorTable<Id>;
    },
  });
};
