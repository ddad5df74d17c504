import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import type { T4Group } from '../domain/index.ts';
import { byYearQuery, ofYears } from './by-year.ts';
import type { Filters } from './filters.ts';
import { filterClause, noDoubleCounting } from './filters.ts';
import { numOrNull } from './selection.ts';

export interface LitigationOutcomeRow {
  year: number;
  group: T4Group;
  upheld: number | null;
  corrected: number | null;
  other: number | null;
  pending: number | null;
  total: number | null;
  reports: number;
  /** Reports whose group total is blank or ambiguous. */
  reportsWithoutFigure: number;
}

/** t4 outcomes per year and group (review, direct suits, suits after review). */
export function litigationOutcomesSql(f: Filters) {
  return sql`
    SELECT year, grp,
           sum(upheld) AS upheld, sum(corrected) AS corrected, sum(other) AS other,
           sum(pending) AS pending, sum(total) AS total,
           count(*) AS reports,
           count(*) FILTER (WHERE total IS NULL) AS reports_without_figure
    FROM review_litigation
    WHERE ${filterClause(f)} AND ${noDoubleCounting(f)}
    GROUP BY year, grp
    ORDER BY year, grp`;
}

export const litigationOutcomesQuery = (db: Connector, f: Filters) =>
  byYearQuery(
    'litigationOutcomes',
    f,
    [],
    async (every): Promise<LitigationOutcomeRow[]> =>
      (await db.query(litigationOutcomesSql(every))).map((r) => ({
        year: Number(r.year),
        group: r.grp as T4Group,
        upheld: numOrNull(r.upheld),
        corrected: numOrNull(r.corrected),
        other: numOrNull(r.other),
        pending: numOrNull(r.pending),
        total: numOrNull(r.total),
        reports: Number(r.reports),
        reportsWithoutFigure: Number(r.reports_without_figure),
      })),
    ofYears,
  );
