import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';

/** Errors and warnings found in one report. */
export interface ReportQuality {
  reportId: string;
  errors: number;
  warnings: number;
}

export type QualityLevel = 'clean' | 'warnings' | 'errors';

/** What a quality badge says about a report, in both languages. */
export interface QualityBadge {
  level: QualityLevel;
  labelZh: string;
  labelEn: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The badge of a report with these counts: any error makes it 'errors', else any warning 'warnings'. */
export function qualityBadge(errors: number, warnings: number): QualityBadge {
  if (errors > 0) {
    return {
      level: 'errors',
      labelZh: warnings > 0 ? `${errors} 项错误、${warnings} 项警告` : `${errors} 项错误`,
      labelEn: warnings > 0 ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : plural(errors, 'error'),
    };
  }
  if (warnings > 0) return { level: 'warnings', labelZh: `${warnings} 项警告`, labelEn: plural(warnings, 'warning') };
  return { level: 'clean', labelZh: '未发现问题', labelEn: 'No issues found' };
}

/** Per report of a dataset: its error and warning counts (0 for reports without findings). */
export function reportQualitySql(dataset: string) {
  return sql`
    SELECT r.report_id,
           count(f.rule) FILTER (WHERE f.severity = 'error') AS errors,
           count(f.rule) FILTER (WHERE f.severity = 'warning') AS warnings
    FROM reports r LEFT JOIN findings f USING (report_id)
    WHERE r.dataset = ${dataset}
    GROUP BY r.report_id
    ORDER BY r.report_id`;
}

export const reportQualityQuery = (db: Connector, dataset: string) =>
  queryOptions({
    queryKey: ['reportQuality', dataset],
    queryFn: async (): Promise<ReportQuality[]> =>
      (await db.query(reportQualitySql(dataset))).map((r) => ({
        reportId: String(r.report_id),
        errors: Number(r.errors),
        warnings: Number(r.warnings),
      })),
  });
