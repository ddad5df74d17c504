import { QueryClient } from '@tanstack/react-query';
import type { Connector, Sql, SqlValue } from '../../../src/db/index.ts';
import { COVERAGE_PAGE, coverageGroups } from '../../../src/features/quality/coverage-rows.ts';
import type { Filters, FindingsFilter } from '../../../src/queries/index.ts';
import {
  agencyTableSql, applicantMixSql, coverageAgenciesQuery, coverageAgenciesSql, coverageMatrixSql, coverageCountsSql,
  disclosureCellsSql, findingCountsSql, findingsListSql, litigationByAgencySql, litigationOutcomesSql, outcomeMixSql, requestsByYearSql,
} from '../../../src/queries/index.ts';

/** The views' default selection: the synthetic dataset, every year and kind. */
const ALL: Filters = { dataset: 'demo', years: [], kinds: [] };
const NO_NARROWING: FindingsFilter = { rules: [], severities: [], agencies: [], years: [] };

export interface OverheadQuery {
  name: string;
  q: Sql;
}

/**
 * Representative view queries (overview, requests, litigation, disclosure, quality), as the views send them. The
 * quality view's page of the coverage matrix names its agencies, so it is built from the data: the first page
 * the view shows, in the view's order.
 */
export async function overheadQueries(app: Connector): Promise<OverheadQuery[]> {
  const agencies = await new QueryClient().fetchQuery(coverageAgenciesQuery(app, ALL));
  const firstPage = coverageGroups(agencies).flatMap((g) => g.agencies).slice(0, COVERAGE_PAGE).map((a) => a.agencyId);
  return [
    { name: 'overview: requests by year', q: requestsByYearSql(ALL) },
    { name: 'overview: agency table', q: agencyTableSql(ALL) },
    { name: 'requests: outcome mix', q: outcomeMixSql(ALL) },
    { name: 'requests: applicant mix', q: applicantMixSql(ALL) },
    { name: 'litigation: outcomes', q: litigationOutcomesSql(ALL) },
    { name: 'litigation: by agency', q: litigationByAgencySql(ALL) },
    { name: 'disclosure: cells by year (pre-aggregate)', q: disclosureCellsSql(ALL) },
    { name: 'quality: coverage agencies', q: coverageAgenciesSql(ALL) },
    { name: 'quality: coverage counts', q: coverageCountsSql(ALL) },
    { name: `quality: coverage matrix, first page (${firstPage.length} agencies)`, q: coverageMatrixSql(ALL, firstPage) },
    { name: 'quality: finding counts', q: findingCountsSql(ALL, NO_NARROWING) },
    { name: 'quality: findings list', q: findingsListSql(ALL, NO_NARROWING) },
  ];
}

const literal = (v: SqlValue): string =>
  v === null ? 'NULL' : typeof v === 'string' ? `'${v.replaceAll("'", "''")}'` : typeof v === 'boolean' ? String(v).toUpperCase() : String(v);

/** The query's text with its parameters written in as literals (what a direct `connection.query(text)` runs). */
export function inlined(q: Sql): string {
  let i = 0;
  // Placeholders outside quoted strings and comments only (a comment's apostrophe is not a quote).
  return q.text.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'|\?/g, (m) => (m === '?' ? literal(q.params[i++] ?? null) : m));
}
