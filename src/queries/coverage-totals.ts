import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../db/index.ts';
import { ident, inList, sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import { selectedAgencies } from './coverage-agencies.ts';
import type { Filters } from './filters.ts';

/** Per agency kind, what the whole matrix holds: agency-years due, reports published, with errors, with warnings only. */
export interface CoverageTotal {
  kind: AgencyKind;
  agencies: number;
  expected: number;
  published: number;
  errors: number;
  warnings: number;
}

export interface CoverageTotals {
  /** The matrix's columns: the dataset's span of years, narrowed to the selected ones. */
  years: number[];
  kinds: CoverageTotal[];
}

/** The matrix's columns and its counts per kind, without its cells (a province has 70,000). */
export function coverageTotalsSql(f: Filters) {
  return sql`
    WITH span AS (SELECT min(year) AS lo, max(year) AS hi FROM reports WHERE dataset = ${f.dataset}),
    years AS (SELECT yr::INTEGER AS yr FROM (SELECT unnest(range(lo, hi + 1)) AS yr FROM span) WHERE ${inList(ident('yr'), f.years)}),
    agency AS (${selectedAgencies(f)}),
    counts AS (
      SELECT report_id, count(*) FILTER (WHERE severity = 'error') AS errors, count(*) FILTER (WHERE severity = 'warning') AS warnings
      FROM findings GROUP BY report_id
    ),
    -- report_summary: one row per report with its filter columns, so no join of a province's 70,000 reports to agencies.
    published AS (
      SELECT s.kind, count(*) AS published, count(*) FILTER (WHERE c.errors > 0) AS errors,
             count(*) FILTER (WHERE coalesce(c.errors, 0) = 0 AND c.warnings > 0) AS warnings
      FROM report_summary s LEFT JOIN counts c ON c.report_id = s.report_id
      WHERE s.dataset = ${f.dataset}
        AND ${inList(ident('kind'), f.kinds)}
        AND ${inList(ident('city'), f.cities ?? [])}
        AND ${inList(ident('county'), f.counties ?? [])}
        AND ${inList(ident('agency_id'), f.agencies ?? [])}
        AND ${inList(ident('year'), f.years)}
      GROUP BY s.kind
    ),
    kinds AS (SELECT kind, count(*) AS agencies FROM agency GROUP BY kind)
    SELECT k.kind, k.agencies, k.agencies * (SELECT count(*) FROM years) AS expected,
           coalesce(p.published, 0) AS published, coalesce(p.errors, 0) AS errors, coalesce(p.warnings, 0) AS warnings,
           (SELECT list(yr ORDER BY yr) FROM years) AS years
    FROM kinds k LEFT JOIN published p USING (kind)
    ORDER BY k.kind`;
}

export const coverageTotalsQuery = (db: Connector, f: Filters) =>
  queryOptions({
    queryKey: ['coverageTotals', f],
    queryFn: async (): Promise<CoverageTotals> => {
      const rows = await db.query(coverageTotalsSql(f));
      return {
        years: Array.from((rows[0]?.years ?? []) as Iterable<unknown>, Number),
        kinds: rows.map((r) => ({
          kind: r.kind as AgencyKind,
          agencies: Number(r.agencies),
          expected: Number(r.expected),
          published: Number(r.published),
          errors: Number(r.errors),
          warnings: Number(r.warnings),
        })),
      };
    },
  });
