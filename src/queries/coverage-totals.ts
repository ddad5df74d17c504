import type { Connector } from '../db/index.ts';
import { ident, inList, sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import { rowFilters, selectedAgencies } from './coverage-agencies.ts';
import type { Filters } from './filters.ts';
import { inRegions, REGIONS_TOO, slicedQuery } from './slices.ts';
import { textOrNull } from './selection.ts';

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

/**
 * Per agency kind, region (city and county) and year (every year of the dataset's span), the reports published,
 * with errors and with warnings only, beside the agency count of the kind in the region; year is NULL where
 * the kind has no reports. Years, templates and regions are left open, and kinds and regions kept apart: the
 * view picks them itself, so their changes run no query.
 */
export function coverageCountsSql(f: Filters) {
  return sql`
    WITH span AS (SELECT min(year) AS lo, max(year) AS hi FROM reports WHERE dataset = ${f.dataset}),
    agency AS (${selectedAgencies(f)}),
    counts AS (
      SELECT report_id, count(*) FILTER (WHERE severity = 'error') AS errors, count(*) FILTER (WHERE severity = 'warning') AS warnings
      FROM findings GROUP BY report_id
    ),
    -- report_summary: one row per report with its filter columns, so no join of a province's 70,000 reports to agencies.
    published AS (
      SELECT s.kind, s.city, s.county, s.year, count(*) AS published, count(*) FILTER (WHERE c.errors > 0) AS errors,
             count(*) FILTER (WHERE coalesce(c.errors, 0) = 0 AND c.warnings > 0) AS warnings
      FROM report_summary s LEFT JOIN counts c ON c.report_id = s.report_id
      WHERE s.dataset = ${f.dataset}
        AND ${inList(ident('kind'), f.kinds)}
        AND ${inList(ident('city'), f.cities ?? [])}
        AND ${inList(ident('county'), f.counties ?? [])}
        AND ${inList(ident('agency_id'), f.agencies ?? [])}
      GROUP BY s.kind, s.city, s.county, s.year
    ),
    kinds AS (SELECT kind, city, county, count(*) AS agencies FROM agency GROUP BY kind, city, county)
    SELECT k.kind, k.city, k.county, k.agencies, p.year, coalesce(p.published, 0) AS published, coalesce(p.errors, 0) AS errors,
           coalesce(p.warnings, 0) AS warnings, (SELECT lo FROM span) AS lo, (SELECT hi FROM span) AS hi
    FROM kinds k LEFT JOIN published p
      ON p.kind = k.kind AND p.city IS NOT DISTINCT FROM k.city AND p.county IS NOT DISTINCT FROM k.county
    ORDER BY k.kind, k.city, k.county, p.year`;
}

interface KindYear {
  kind: AgencyKind;
  city: string | null;
  county: string | null;
  /** The kind's agencies in the region. */
  agencies: number;
  year: number | null;
  published: number;
  errors: number;
  warnings: number;
}

/** The counts of every year (cached across year changes), the dataset's span and the kinds in order. */
interface CoverageCounts {
  span: number[];
  rows: KindYear[];
}

/** The totals of the selected years (empty = every year of the span), kinds and regions (empty = every one), per kind. */
function totalsOf(counts: CoverageCounts, f: Pick<Filters, 'years' | 'kinds' | 'cities' | 'counties'>): CoverageTotals {
  const years = f.years.length ? counts.span.filter((y) => f.years.includes(y)) : counts.span;
  const kinds = new Map<AgencyKind, CoverageTotal>();
  // Each region's agencies of a kind come on every one of its year rows: counted once.
  const counted = new Set<string>();
  for (const r of inRegions(counts.rows, f)) {
    if (f.kinds.length && !f.kinds.includes(r.kind)) continue;
    const total = kinds.get(r.kind) ?? { kind: r.kind, agencies: 0, expected: 0, published: 0, errors: 0, warnings: 0 };
    kinds.set(r.kind, total);
    const region = JSON.stringify([r.kind, r.city, r.county]);
    if (!counted.has(region)) {
      counted.add(region);
      total.agencies += r.agencies;
      total.expected += r.agencies * years.length;
    }
    if (r.year === null || !years.includes(r.year)) continue;
    total.published += r.published;
    total.errors += r.errors;
    total.warnings += r.warnings;
  }
  return { years, kinds: [...kinds.values()] };
}

/** The matrix's columns and its counts per kind, without its cells (a province has 70,000); counted once per region. */
export const coverageTotalsQuery = (db: Connector, f: Filters) =>
  slicedQuery({
    name: 'coverageCounts',
    f,
    key: [],
    spans: REGIONS_TOO,
    keyOf: rowFilters,
    load: async (whole): Promise<CoverageCounts> => {
      const rows = await db.query(coverageCountsSql(whole));
      const lo = Number(rows[0]?.lo);
      const hi = Number(rows[0]?.hi);
      return {
        span: Number.isFinite(lo) && Number.isFinite(hi) ? Array.from({ length: hi - lo + 1 }, (_, i) => lo + i) : [],
        rows: rows.map((r) => ({
          kind: r.kind as AgencyKind,
          city: textOrNull(r.city),
          county: textOrNull(r.county),
          agencies: Number(r.agencies),
          year: r.year === null || r.year === undefined ? null : Number(r.year),
          published: Number(r.published),
          errors: Number(r.errors),
          warnings: Number(r.warnings),
        })),
      };
    },
    pick: totalsOf,
  });
