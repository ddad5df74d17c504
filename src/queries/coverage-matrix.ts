import type { Connector } from '../db/index.ts';
import { fragment, ident, inList, sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import { inRegions, inYearsAndKinds, REGIONS_TOO, slicedQuery } from './slices.ts';
import { rowFilters, selectedAgencies } from './coverage-agencies.ts';
import type { Filters } from './filters.ts';
import { textOrNull } from './selection.ts';

/** One agency-year of the coverage matrix: a published report with its findings, or a gap. */
export interface CoverageCell {
  agencyId: string;
  agencyName: string;
  kind: AgencyKind;
  city: string | null;
  county: string | null;
  year: number;
  /** null when the agency published no report for the year. */
  reportId: string | null;
  template: 'v2019' | 'v2021' | 'mixed' | null;
  errors: number;
  warnings: number;
  findings: number;
}

/**
 * Every agency of the selection × every year of the dataset's span (narrowed to the selected years):
 * an agency-year without a report inside the span is a missing report. Templates do not narrow the
 * matrix, or unselected templates would look like missing reports. Ordered by kind, agency id and year, through
 * an agency number: sorting a province's 70,000 rows on text keys costs more than the query. `page` narrows the
 * rows to those agencies (the view asks for the page it shows; the export for every row).
 */
export function coverageMatrixSql(f: Filters, page?: readonly string[]) {
  return sql`
    WITH span AS (SELECT min(year) AS lo, max(year) AS hi FROM reports WHERE dataset = ${f.dataset}),
    years AS (SELECT unnest(range(lo, hi + 1)) AS yr FROM span),
    agency AS (
      SELECT *, row_number() OVER (ORDER BY kind, agency_id) AS ord
      FROM (${selectedAgencies(f)} AND ${page ? inList(ident('agency_id'), page) : fragment(sql`TRUE`)})
    ),
    counts AS (
      SELECT report_id, count(*) AS findings,
             count(*) FILTER (WHERE severity = 'error') AS errors,
             count(*) FILTER (WHERE severity = 'warning') AS warnings
      FROM findings GROUP BY report_id
    )
    SELECT a.agency_id, a.agency_name, a.kind, a.city, a.county, y.yr AS year, r.report_id, r.template,
           coalesce(c.errors, 0) AS errors, coalesce(c.warnings, 0) AS warnings, coalesce(c.findings, 0) AS findings
    FROM agency a CROSS JOIN years y
    LEFT JOIN reports r ON r.agency_id = a.agency_id AND r.year = y.yr AND r.dataset = ${f.dataset}
    LEFT JOIN counts c ON c.report_id = r.report_id
    WHERE ${inList(ident('yr'), f.years)}
    ORDER BY a.ord, y.yr`;
}

/**
 * The cells of the agencies `page` (a page of the view), or of every agency without it; an empty page has none.
 * Asked for every year of the span, every kind and region, and cached: a year, kind or region change picks, in JS
 * (the page's agencies are the selection's, so its kinds and regions narrow nothing in SQL).
 */
export const coverageMatrixQuery = (db: Connector, f: Filters, page?: readonly string[]) =>
  slicedQuery({
    name: 'coverageMatrixCells',
    f,
    key: [page ?? null],
    spans: REGIONS_TOO,
    keyOf: rowFilters,
    load: async (whole): Promise<CoverageCell[]> =>
      page?.length === 0 ? [] : (await db.query(coverageMatrixSql(whole, page))).map((r) => ({
        agencyId: String(r.agency_id),
        agencyName: String(r.agency_name),
        kind: r.kind as AgencyKind,
        city: textOrNull(r.city),
        county: textOrNull(r.county),
        year: Number(r.year),
        reportId: textOrNull(r.report_id),
        template: (r.template ?? null) as CoverageCell['template'],
        errors: Number(r.errors),
        warnings: Number(r.warnings),
        findings: Number(r.findings),
      })),
    pick: (cells, sel) => inRegions(inYearsAndKinds(cells, sel), sel),
  });
