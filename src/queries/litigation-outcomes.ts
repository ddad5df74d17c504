import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import type { AgencyKind, T4Group } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { filterClause, sliceSums } from './filters.ts';
import { numOrNull, summableFilters } from './selection.ts';
import { addUp, inSlice, slicedQuery } from './slices.ts';

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

/** t4 outcomes per year and group (review, direct suits, suits after review); `perSlice`, per kind and template too (see sliceSums). */
export function litigationOutcomesSql(f: Filters, perSlice = false) {
  const slices = sliceSums(f, perSlice);
  return sql`
    SELECT year, grp, ${slices.columns}
           sum(upheld) AS upheld, sum(corrected) AS corrected, sum(other) AS other,
           sum(pending) AS pending, sum(total) AS total,
           count(*) AS reports,
           count(*) FILTER (WHERE total IS NULL) AS reports_without_figure
    FROM review_litigation
    WHERE ${filterClause(f)} AND ${slices.rule}
    GROUP BY ALL
    ORDER BY year, grp`;
}

const SUMMED = ['upheld', 'corrected', 'other', 'pending', 'total', 'reports', 'reportsWithoutFigure'] as const;

export const litigationOutcomesQuery = (db: Connector, f: Filters) =>
  slicedQuery({
    name: 'litigationOutcomes',
    f,
    key: [],
    load: async (whole): Promise<(LitigationOutcomeRow & { kind: AgencyKind; reportTemplate: string })[]> =>
      (await db.query(litigationOutcomesSql(whole, true))).map((r) => ({
        year: Number(r.year),
        group: r.grp as T4Group,
        kind: r.kind as AgencyKind,
        reportTemplate: String(r.report_template),
        upheld: numOrNull(r.upheld),
        corrected: numOrNull(r.corrected),
        other: numOrNull(r.other),
        pending: numOrNull(r.pending),
        total: numOrNull(r.total),
        reports: Number(r.reports),
        reportsWithoutFigure: Number(r.reports_without_figure),
      })),
    pick: (rows, sel): LitigationOutcomeRow[] => addUp(inSlice(rows, summableFilters(sel)), (r) => `${r.year} ${r.group}`, SUMMED, ['kind', 'reportTemplate']),
  });
