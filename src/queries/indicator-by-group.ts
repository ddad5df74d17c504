import { queryOptions } from '@tanstack/react-query';
import type { Connector, SqlFragment } from '../db/index.ts';
import { fragment, ident, join, sql } from '../db/index.ts';
import type { IndicatorId, Term } from '../indicators/index.ts';
import { indicator } from '../indicators/index.ts';
import type { Filters } from './filters.ts';
import { filterClause } from './filters.ts';

/** How indicator values are grouped; each maps to columns of report_summary. */
export const GROUPINGS = {
  year: ['year'],
  kind: ['kind'],
  agency: ['agency_id', 'agency_name', 'kind'],
  kind_year: ['kind', 'year'],
  agency_year: ['agency_id', 'agency_name', 'kind', 'year'],
} as const;
export type Grouping = keyof typeof GROUPINGS;

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

function expression(terms: readonly Term[]): SqlFragment {
  return join(
    terms.map(([sign, column]) => (sign < 0 ? fragment(sql`-${ident(column)}`) : ident(column))),
    ' + ',
  );
}

/** One indicator per group: ratio of sums for rates, over reports that report every term. */
export function indicatorByGroupSql(f: Filters, id: IndicatorId, grouping: Grouping) {
  const def = indicator(id);
  const groupList = join(GROUPINGS[grouping].map((c) => ident(c)), ', ');
  const num = expression(def.numerator);
  const den = def.denominator ? expression(def.denominator) : fragment(sql`NULL::DOUBLE`);
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

const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export const indicatorByGroupQuery = (db: Connector, f: Filters, id: IndicatorId, grouping: Grouping) =>
  queryOptions({
    queryKey: ['indicatorByGroup', f, id, grouping],
    queryFn: async (): Promise<IndicatorRow[]> => {
      const isRate = indicator(id).unit === 'rate';
      return (await db.query(indicatorByGroupSql(f, id, grouping))).map((r) => {
        const numerator = numOrNull(r.numerator);
        const denominator = numOrNull(r.denominator);
        const value = isRate ? (numerator !== null && denominator ? numerator / denominator : null) : numerator;
        return {
          ...(r.year !== undefined ? { year: Number(r.year) } : {}),
          ...(r.kind !== undefined ? { kind: String(r.kind) } : {}),
          ...(r.agency_id !== undefined ? { agencyId: String(r.agency_id), agencyName: String(r.agency_name) } : {}),
          numerator,
          denominator,
          value,
          reports: Number(r.reports),
          reportsWithoutFigure: Number(r.reports_without_figure),
        };
      });
    },
  });
