import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import { t3OutcomeRows } from '../domain/index.ts';
import { byYearQuery, ofYears } from './by-year.ts';
import type { Filters } from './filters.ts';
import { filterClause, noDoubleCounting } from './filters.ts';
import { requestsReady, requestsSource } from './requests-source.ts';
import { numOrNull } from './selection.ts';

/** Outcome rows of both templates in table order: v2019 has one `other`, v2021 three `other_*` rows. */
export const OUTCOME_ROWS: readonly string[] = [...new Set([...t3OutcomeRows('v2019'), ...t3OutcomeRows('v2021')])];

export interface OutcomeMixRow {
  year: number;
  rowKey: string;
  /** Sum of the row's 总计 column over the reports that fill it. */
  total: number | null;
  /** Reports of the year whose t3 table has this row (its template). */
  reports: number;
  reportsWithoutFigure: number;
}

/**
 * t3 outcomes (三、本年度办理结果) per year and row; a row absent from a year's templates has no entry. The
 * rows are picked by leaving out the four others, code constants written into the text: over a province's
 * 1.7 M rows that is cheaper than testing 22 bound values per row. Sums requests_cube unless agencies are picked.
 */
export function outcomeMixSql(f: Filters) {
  const from = requestsSource(f);
  return sql`
    SELECT year, row_key,
           sum(total) AS total,
           ${from.reports} AS reports,
           ${from.reportsWithoutTotal} AS reports_without_figure
    FROM ${from.table}
    WHERE row_key NOT IN ('received_new', 'carried_over_in', 'processed_total', 'carried_over_out') AND ${filterClause(f, 'report_template')} AND ${noDoubleCounting(f)}
    GROUP BY year, row_key
    ORDER BY year, row_key`;
}

export const outcomeMixQuery = (db: Connector, f: Filters) =>
  byYearQuery(
    'outcomeMix',
    f,
    [],
    async (every): Promise<OutcomeMixRow[]> => {
      await requestsReady(db, every);
      return (await db.query(outcomeMixSql(every))).map((r) => ({
        year: Number(r.year),
        rowKey: String(r.row_key),
        total: numOrNull(r.total),
        reports: Number(r.reports),
        reportsWithoutFigure: Number(r.reports_without_figure),
      }));
    },
    ofYears,
  );
