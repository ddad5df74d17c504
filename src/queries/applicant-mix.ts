import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import type { Filters } from './filters.ts';
import { filterClause, sliceSums } from './filters.ts';
import { requestsReady, requestsSource } from './requests-source.ts';
import { numOrNull, summableFilters } from './selection.ts';
import { addUp, inSlice, slicedQuery } from './slices.ts';

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

/** New requests (t3 一、本年新收) per year by applicant type, from requests_cube unless agencies are picked; `perSlice`, see sliceSums. */
export function applicantMixSql(f: Filters, perSlice = false) {
  const from = requestsSource(f);
  const slices = sliceSums(f, perSlice, 'report_template');
  return sql`
    SELECT year, ${slices.columns}
           sum(natural_person) AS natural_person,
           sum(commercial_enterprise) AS commercial_enterprise,
           sum(research_institution) AS research_institution,
           sum(public_welfare_org) AS public_welfare_org,
           sum(legal_service_org) AS legal_service_org,
           sum(other_org) AS other_org,
           sum(total) AS total,
           ${from.reports} AS reports
    FROM ${from.table}
    WHERE row_key = 'received_new' AND ${filterClause(f, 'report_template')} AND ${slices.rule}
    GROUP BY ALL
    ORDER BY year`;
}

const SUMMED = [...APPLICANT_TYPES, 'total', 'reports'] as const;

export const applicantMixQuery = (db: Connector, f: Filters) =>
  slicedQuery({
    name: 'applicantMix',
    f,
    key: [],
    load: async (whole): Promise<(ApplicantMixRow & { kind: AgencyKind; reportTemplate: string })[]> => {
      await requestsReady(db, whole);
      return (await db.query(applicantMixSql(whole, true))).map((r) => ({
        year: Number(r.year),
        kind: r.kind as AgencyKind,
        reportTemplate: String(r.report_template),
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
    pick: (rows, sel): ApplicantMixRow[] => addUp(inSlice(rows, summableFilters(sel)), (r) => String(r.year), SUMMED, ['kind', 'reportTemplate']),
  });
