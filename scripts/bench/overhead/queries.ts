import type { Sql, SqlValue } from '../../../src/db/index.ts';
import type { Filters } from '../../../src/queries/index.ts';
import {
  agencyTableSql, applicantMixSql, coverageMatrixSql, disclosureCellsSql, litigationByAgencySql, litigationOutcomesSql,
  outcomeMixSql, requestsByYearSql,
} from '../../../src/queries/index.ts';

/** The views' default selection: the synthetic dataset, every year and kind. */
const ALL: Filters = { dataset: 'demo', years: [], kinds: [] };

/** Representative view queries (overview, requests, litigation, disclosure, quality), as the views send them. */
export const OVERHEAD_QUERIES: readonly { name: string; q: Sql }[] = [
  { name: 'overview: requests by year', q: requestsByYearSql(ALL) },
  { name: 'overview: agency table', q: agencyTableSql(ALL) },
  { name: 'requests: outcome mix', q: outcomeMixSql(ALL) },
  { name: 'requests: applicant mix', q: applicantMixSql(ALL) },
  { name: 'litigation: outcomes', q: litigationOutcomesSql(ALL) },
  { name: 'litigation: by agency', q: litigationByAgencySql(ALL) },
  { name: 'disclosure: cells by year (pre-aggregate)', q: disclosureCellsSql(ALL) },
  { name: 'quality: coverage matrix', q: coverageMatrixSql(ALL) },
];

const literal = (v: SqlValue): string =>
  v === null ? 'NULL' : typeof v === 'string' ? `'${v.replaceAll("'", "''")}'` : typeof v === 'boolean' ? String(v).toUpperCase() : String(v);

/** The query's text with its parameters written in as literals (what a direct `connection.query(text)` runs). */
export function inlined(q: Sql): string {
  let i = 0;
  // Placeholders outside quoted strings only.
  return q.text.replace(/'(?:[^']|'')*'|\?/g, (m) => (m === '?' ? literal(q.params[i++] ?? null) : m));
}
