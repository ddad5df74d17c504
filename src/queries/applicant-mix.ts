import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import { byYearQuery, ofYears } from './by-year.ts';
import type { Filters } from './filters.ts';
import { filterClause, noDoubleCounting } from './filters.ts';
import { requestsReady, requestsSource } from './requests-source.ts';
import { numOrNull } from './selection.ts';

/** The six applicant columns of t3 (the seventh is the total), in template order. */
export const APPLICANT_TYPES = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'publicWelfareOrg',
  'legalServiceOrg',
  'otherOrg',
] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export type ApplicantMixRow = { year: number; total: number | null; reports: number } & Record<ApplicantType, number | null>;

/** New requests (t3 一、本年新收) per year by applicant type, from requests_cube unless agencies are picked. */
export function applicantMixSql(f: Filters) {
  const from = requestsSource(f);
  return sql`
    SELECT year,
           sum(natural_person) AS natural_person,
           sum(commercial_enterprise) AS commercial_enterprise,
           sum(research_institution) AS research_institution,
           sum(public_welfare_org) AS public_welfare_org,
           sum(legal_service_org) AS legal_service_org,
           sum(other_org) AS other_org,
           sum(total) AS total,
           ${from.reports} AS reports
    FROM ${from.table}
    WHERE row_key = 'received_new' AND ${filterClause(f, 'report_template')} AND ${noDoubleCounting(f)}
    GROUP BY year
    ORDER BY year`;
}

export const applicantMixQuery = (db: Connector, f: Filters) =>
  byYearQuery(
    'applicantMix',
    f,
    [],
    async (every): Promise<ApplicantMixRow[]> => {
      await requestsReady(db, every);
      return (await db.query(applicantMixSql(every))).map((r) => ({
        year: Number(r.year),
        naturalPerson: numOrNull(r.natural_person),
        commercialEnterprise: numOrNull(r.commercial_enterprise),
        researchInstitution: numOrNull(r.research_institution),
        publicWelfareOrg: numOrNull(r.public_welfare_org),
        legalServiceOrg: numOrNull(r.legal_service_org),
        otherOrg: numOrNull(r.other_org),
        total: numOrNull(r.total),
        reports: Number(r.reports),
      }));
    },
    ofYears,
  );
