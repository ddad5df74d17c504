import type { Connector, Row } from '../db/index.ts';
import { fragment, sql } from '../db/index.ts';
import type { AgencyKind, Template } from '../domain/index.ts';
import type { DisclosureMeasureId } from '../indicators/index.ts';
import { DISCLOSURE_MEASURES } from '../indicators/index.ts';
import type { Filters } from './filters.ts';
import { filterClause, sliceSums } from './filters.ts';
import { numOrNull, summableFilters } from './selection.ts';
import { addUp, inSlice, slicedQuery } from './slices.ts';

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
 * cell, named by it): a pack loads t2 cells per region on demand, this table it loads whole. `perSlice`: see sliceSums.
 */
export function disclosureCellsSql(f: Filters, perSlice = false) {
  const slices = sliceSums(f, perSlice);
  const groups = perSlice ? fragment(sql`year, template, kind, report_template`) : fragment(sql`year, template`);
  return sql`
    SELECT *
    FROM (UNPIVOT (SELECT s.year, d.t2_template AS template, ${slices.columns}sum(COLUMNS(d.* EXCLUDE (report_id, t2_template)))
                   FROM disclosure_summary d JOIN report_summary s USING (report_id)
                   WHERE ${filterClause(f)} AND ${slices.rule}
                   GROUP BY ALL)
          ON COLUMNS(* EXCLUDE (${groups})) INTO NAME cell VALUE value)
    ORDER BY year, template, cell`;
}

export function templateCountsSql(f: Filters, perSlice = false) {
  const slices = sliceSums(f, perSlice);
  return sql`
    SELECT year, t2_template AS template, ${slices.columns} count(*) AS reports
    FROM report_list
    WHERE t2_template IS NOT NULL AND ${filterClause(f)} AND ${slices.rule}
    GROUP BY ALL
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

type PerSlice<R> = R & { kind: AgencyKind; reportTemplate: string };

/** Cell sums and report counts per kind and report template (the whole answer), added up over the picked slice. */
function figuresOf(cells: readonly PerSlice<DisclosureCellSum>[], counts: readonly PerSlice<TemplateCount>[], f: Filters): DisclosureFigure[] {
  const sel = summableFilters(f);
  return disclosureFigures(
    addUp(inSlice(cells, sel), (c) => `${c.year} ${c.template} ${c.cell}`, ['value'], ['kind', 'reportTemplate']),
    addUp(inSlice(counts, sel), (c) => `${c.year} ${c.template}`, ['reports'], ['kind', 'reportTemplate']),
  );
}

/** A whole answer's row's year, t2 template, kind and report template. */
const sliceOf = (r: Row): PerSlice<{ year: number; template: Template }> => ({
  year: Number(r.year),
  template: r.template as Template,
  kind: r.kind as AgencyKind,
  reportTemplate: String(r.report_template),
});

export const disclosureByYearQuery = (db: Connector, f: Filters) =>
  slicedQuery({
    name: 'disclosureByYear',
    f,
    key: [],
    load: async (whole) => {
      const [cells, counts] = await Promise.all([db.query(disclosureCellsSql(whole, true)), db.query(templateCountsSql(whole, true))]);
      return {
        cells: cells.map((r): PerSlice<DisclosureCellSum> => ({ ...sliceOf(r), cell: String(r.cell), value: numOrNull(r.value) })),
        counts: counts.map((r): PerSlice<TemplateCount> => ({ ...sliceOf(r), reports: Number(r.reports) })),
      };
    },
    pick: (whole, sel) => figuresOf(whole.cells, whole.counts, sel),
  });
