import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';
import { textOrNull } from './selection.ts';

export interface AgencyInfo {
  agencyId: string;
  name: string;
  kind: AgencyKind;
  county: string | null;
}

/** One report of the agency with what the agency page lists about it. */
export interface AgencyReport {
  reportId: string;
  year: number;
  template: string;
  t2Template: string | null;
  t3Template: string | null;
  t4Template: string | null;
  title: string;
  publishDate: string | null;
  sourceFile: string;
  dataset: string;
  findings: number;
  errors: number;
}

export interface AgencyYears {
  agency: AgencyInfo | null;
  reports: AgencyReport[];
  /** Years of the datasets the agency's reports belong to. */
  datasetYears: number[];
}

export function agencyReportsSql(agencyId: string) {
  return sql`
    SELECT l.report_id, l.year, l.template, l.t2_template, l.t3_template, l.t4_template, l.title,
           CAST(l.publish_date AS VARCHAR) AS publish_date, l.source_file, l.dataset,
           count(f.rule) AS findings,
           count(f.rule) FILTER (WHERE f.severity = 'error') AS errors
    FROM report_list l LEFT JOIN findings f USING (report_id)
    WHERE l.agency_id = ${agencyId}
    GROUP BY ALL
    ORDER BY l.year, l.report_id`;
}

export function agencyDatasetYearsSql(agencyId: string) {
  return sql`
    SELECT DISTINCT year FROM reports
    WHERE dataset IN (SELECT dataset FROM reports WHERE agency_id = ${agencyId})
    ORDER BY year`;
}

/** Years with no report: gaps between the agency's first and last report, and dataset years outside that span. */
export function missingYears(reportYears: readonly number[], datasetYears: readonly number[]): { gaps: number[]; outside: number[] } {
  if (reportYears.length === 0) return { gaps: [], outside: [...datasetYears] };
  const have = new Set(reportYears);
  const first = Math.min(...reportYears);
  const last = Math.max(...reportYears);
  const gaps: number[] = [];
  for (let y = first + 1; y < last; y++) if (!have.has(y)) gaps.push(y);
  const outside = datasetYears.filter((y) => (y < first || y > last) && !have.has(y));
  return { gaps, outside };
}

/** Everything the agency page needs besides indicators: who the agency is, its reports, the dataset's years. */
export const agencyYearsQuery = (db: Connector, agencyId: string) =>
  queryOptions({
    queryKey: ['agencyYears', agencyId],
    queryFn: async (): Promise<AgencyYears> => {
      const [info, reports, years] = await Promise.all([
        db.query(sql`SELECT agency_id, name, kind, county FROM agencies WHERE agency_id = ${agencyId}`),
        db.query(agencyReportsSql(agencyId)),
        db.query(agencyDatasetYearsSql(agencyId)),
      ]);
      const a = info[0];
      return {
        agency: a ? { agencyId: String(a.agency_id), name: String(a.name), kind: a.kind as AgencyKind, county: textOrNull(a.county) } : null,
        reports: reports.map((r) => ({
          reportId: String(r.report_id),
          year: Number(r.year),
          template: String(r.template),
          t2Template: textOrNull(r.t2_template),
          t3Template: textOrNull(r.t3_template),
          t4Template: textOrNull(r.t4_template),
          title: String(r.title),
          publishDate: textOrNull(r.publish_date),
          sourceFile: String(r.source_file),
          dataset: String(r.dataset),
          findings: Number(r.findings),
          errors: Number(r.errors),
        })),
        datasetYears: years.map((r) => Number(r.year)),
      };
    },
  });
