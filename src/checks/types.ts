import type { ReportRecord, Severity } from '../domain/index.ts';

/** One broken rule in one report, with the cells and numbers involved. */
export interface Finding {
  reportId: string;
  rule: string;
  severity: Severity;
  /** Cell keys involved; the checked (printed) cell first. */
  cells: string[];
  /** What the rule says the value should be; null when only a bound is known. */
  expected: number | null;
  /** What the report prints (or quotes); null when only a bound is known. */
  actual: number | null;
  messageZh: string;
  messageEn: string;
  /** The other report of a cross-report rule (last year's report, the original of a copy). */
  relatedReportId?: string;
}

/** A rule as the UI and the exports explain it. */
export interface RuleInfo {
  id: string;
  family: 'hard' | 'carry-over' | 'plausibility' | 'narrative' | 'copies';
  severity: Severity;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
}

/** The id a finding refers to: `${agency.id}|${year}`. */
export function reportId(record: Pick<ReportRecord, 'agency' | 'year'>): string {
  return `${record.agency.id}|${record.year}`;
}
