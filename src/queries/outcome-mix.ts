import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import { t3OutcomeRows } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { filterClause, sliceSums } from './filters.ts';
import { requestsReady, requestsSource } from './requests-source.ts';
import { numOrNull, summableFilters } from './selection.ts';
import { addUp, inSlice, slicedQuery } from './slices.ts';

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
 * `perSlice`: see sliceSums.
 */
export function outcomeMixSql(f: Filters, perSlice = false) {
  const from = requestsSource(f);
  const slices = sliceSums(f, perSlice, 'report_template');
  return sql`
    SELECT year, row_key, ${slices.columns}
           sum(total) AS total,
           ${from.reports} AS reports,
           ${from.reportsWithoutTotal} AS reports_without_figure
    FROM ${from.table}
    WHERE row_key NOT IN ('received_new', 'carried_over_in', 'processed_total', 'carried_over_out') AND ${filterClause(f, 'report_template')} AND ${slices.rule}
    GROUP BY ALL
    ORDER BY year, row_key`;
}

const SUMMED = ['total', 'reports', 'reportsWithoutFigure'] as const;

export const outcomeMixQuery = (db: Connector, f: Filters) =>
  slicedQuery({
    name: 'outcomeMix',
    f,
    key: [],
    load: async (whole): Promise<(OutcomeMixRow & { kind: AgencyKind; reportTemplate: string })[]> => {
      await requestsReady(db, whole);
      return (await db.query(outcomeMixSql(whole, true))).map((r) => ({
        year: Number(r.year),
        rowKey: String(r.row_key),
        kind: r.kind as AgencyKind,
        reportTemplate: String(r.report_template),
        total: numOrNull(r.total),
        reports: Number(r.reports),
        reportsWithoutFigure: Number(r.reports_without_figure),
      }));
    },
    pick: (rows, sel): OutcomeMixRow[] => addUp(inSlice(rows, summableFilters(sel)), (r) => `${r.year} ${r.rowKey}`, SUMMED, ['kind', 'reportTemplate']),
  });
