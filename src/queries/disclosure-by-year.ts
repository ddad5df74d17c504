import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import type { Template } from '../domain/index.ts';
import type { DisclosureMeasureId } from '../indicators/index.ts';
import { DISCLOSURE_MEASURES } from '../indicators/index.ts';
import { byYearQuery, ofYears } from './by-year.ts';
import type { Filters } from './filters.ts';
import { filterClause, noDoubleCounting } from './filters.ts';
import { numOrNull } from './selection.ts';

/** One t2 cell (`row.col`) summed per year and template; cells no report of the group fills are left out. */
export interface DisclosureCellSum {
  year: number;
  template: Template;
  cell: string;
  value: number | null;
}

/** Reports with a t2 table per year and template. */
export interface TemplateCount {
  year: number;
  template: Template;
  reports: number;
}

export interface DisclosureFigure {
  year: number;
  measure: DisclosureMeasureId;
  /** 'not_comparable' when no report of the year uses a template that measures this. */
  status: 'value' | 'not_comparable';
  value: number | null;
  /** Reports whose template measures this, of all reports of the year with a t2 table. */
  reports: number;
  reportsInYear: number;
}

/**
 * Sums of the t2 cells the measures read, from the per-report pre-aggregate disclosure_summary (one column per
 * cell, named by it): a pack loads t2 cells per region on demand, this table it loads whole.
 */
export function disclosureCellsSql(f: Filters) {
  return sql`
    SELECT year, template, cell, value
    FROM (UNPIVOT (SELECT s.year, d.t2_template AS template, sum(COLUMNS(d.* EXCLUDE (report_id, t2_template)))
                   FROM disclosure_summary d JOIN report_summary s USING (report_id)
                   WHERE ${filterClause(f)} AND ${noDoubleCounting(f)}
                   GROUP BY ALL)
          ON COLUMNS(* EXCLUDE (year, template)) INTO NAME cell VALUE value)
    ORDER BY year, template, cell`;
}

export function templateCountsSql(f: Filters) {
  return sql`
    SELECT year, t2_template AS template, count(*) AS reports
    FROM report_list
    WHERE t2_template IS NOT NULL AND ${filterClause(f)} AND ${noDoubleCounting(f)}
    GROUP BY year, t2_template
    ORDER BY year, template`;
}

/** Fold cell sums into one figure per measure and year, template-aware (pure). */
export function disclosureFigures(cells: readonly DisclosureCellSum[], counts: readonly TemplateCount[]): DisclosureFigure[] {
  const years = [...new Set(counts.map((c) => c.year))].sort((a, b) => a - b);
  return years.flatMap((year) => {
    const inYear = counts.filter((c) => c.year === year);
    const reportsInYear = inYear.reduce((s, c) => s + c.reports, 0);
    return DISCLOSURE_MEASURES.map((m): DisclosureFigure => {
      const cellOf = m.cells as Partial<Record<Template, string>>;
      const measured = inYear.filter((c) => cellOf[c.template]);
      const sums = cells.filter((c) => c.year === year && cellOf[c.template] === c.cell && c.value !== null);
      const value = sums.length ? sums.reduce((s, c) => s + (c.value ?? 0), 0) : null;
      const reports = measured.reduce((s, c) => s + c.reports, 0);
      return { year, measure: m.id, status: reports ? 'value' : 'not_comparable', value, reports, reportsInYear };
    });
  });
}

export const disclosureByYearQuery = (db: Connector, f: Filters) =>
  byYearQuery(
    'disclosureByYear',
    f,
    [],
    async (every): Promise<DisclosureFigure[]> => {
      const [cells, counts] = await Promise.all([db.query(disclosureCellsSql(every)), db.query(templateCountsSql(every))]);
      return disclosureFigures(
        cells.map((r) => ({
          year: Number(r.year),
          template: r.template as Template,
          cell: String(r.cell),
          value: numOrNull(r.value),
        })),
        counts.map((r) => ({ year: Number(r.year), template: r.template as Template, reports: Number(r.reports) })),
      );
    },
    ofYears,
  );
