import { QueryClient } from '@tanstack/react-query';
import type { Connector, Sql, SqlValue } from '../../../src/db/index.ts';
import { COVERAGE_PAGE, coverageGroups } from '../../../src/features/quality/coverage-rows.ts';
import type { Filters, FindingsFilter } from '../../../src/queries/index.ts';
import {
  agencyTableSql, answerOf, applicantMixSql, coverageAgenciesQuery, coverageAgenciesSql, coverageMatrixSql, coverageCountsSql,
  disclosureCellsSql, findingCountsSql, findingsListSql, litigationByAgencyYearSql, litigationOutcomesSql, outcomeMixSql, requestsByYearSql,
} from '../../../src/queries/index.ts';

/** The views' default selection: the synthetic dataset, every year and kind. */
const ALL: Filters = { dataset: 'demo', years: [], kinds: [] };
const NO_NARROWING: FindingsFilter = { rules: [], severities: [], agencies: [], years: [] };

export interface OverheadQuery {
  name: string;
  q: Sql;
}

/**
 * Representative view queries (overview, requests, litigation, disclosure, quality), as the views send them: for
 * every year and kind, kept apart where they sum (a year or kind change picks from these in JS). The
 * quality view's page of the coverage matrix names its agencies, so it is built from the data: the first page
 * the view shows, in the view's order.
 */
export async function overheadQueries(app: Connector): Promise<OverheadQuery[]> {
  const agencies = await answerOf(new QueryClient(), coverageAgenciesQuery(app, ALL));
  const firstPage = coverageGroups(agencies).flatMap((g) => g.agencies).slice(0, COVERAGE_PAGE).map((a) => a.agencyId);
  return [
    { name: 'overview: requests by year', q: requestsByYearSql(ALL, true) },
    { name: 'overview: agency table', q: agencyTableSql(ALL) },
    { name: 'requests: outcome mix', q: outcomeMixSql(ALL, true) },
    { name: 'requests: applicant mix', q: applicantMixSql(ALL, true) },
    { name: 'litigation: outcomes', q: litigationOutcomesSql(ALL, true) },
    { name: 'litigation: by agency and year', q: litigationByAgencyYearSql(ALL) },
    { name: 'disclosure: cells by year (pre-aggregate)', q: disclosureCellsSql(ALL, true) },
    { name: 'quality: coverage agencies', q: coverageAgenciesSql(ALL) },
    { name: 'quality: coverage counts', q: coverageCountsSql(ALL) },
    { name: `quality: coverage matrix, first page (${firstPage.length} agencies)`, q: coverageMatrixSql(ALL, firstPage) },
    { name: 'quality: finding counts', q: findingCountsSql(ALL, NO_NARROWING, true) },
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
