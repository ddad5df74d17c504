import type { Finding } from '../../checks/index.ts';
import { reportId } from '../../checks/index.ts';
import type { Connector } from '../../db/index.ts';
import { sql } from '../../db/index.ts';
import type { ReportRecord } from '../../domain/index.ts';
import { packOf, unloadedReports } from './regions.ts';

interface FindingRow extends Record<string, unknown> {
  report_id: string;
  rule: string;
  severity: Finding['severity'];
  cells: string[];
  expected: number | null;
  actual: number | null;
  message_zh: string;
  message_en: string;
  related_report_id: string | null;
}

/** What a recomputation of findings must leave alone while a pack has regions whose cells are not loaded. */
export interface KeptFindings {
  /** True for records the checks may run on (their cells are loaded). */
  checkable(record: ReportRecord): boolean;
  /** The pack's precomputed findings of the other reports, to store again as they are. */
  findings: Finding[];
}

/** Null without a pack, or once every region is loaded (then all findings are recomputed as usual). */
export async function keptFindings(db: Connector): Promise<KeptFindings | null> {
  const pack = packOf(db);
  if (!pack || pack.loaded().size === pack.manifest.regions.length) return null;
  const unloaded = unloadedReports(db);
  const ids = await db.query<{ report_id: string }>(sql`SELECT report_id FROM reports WHERE ${unloaded}`);
  const kept = new Set(ids.map((r) => r.report_id));
  const rows = await db.query<FindingRow>(sql`SELECT * FROM findings WHERE ${unloaded}`);
  return {
    checkable: (record) => !kept.has(reportId(record)),
    findings: rows.map((f) => ({
      reportId: f.report_id, rule: f.rule, severity: f.severity, cells: [...f.cells], expected: f.expected, actual: f.actual,
      messageZh: f.message_zh, messageEn: f.message_en, ...(f.related_report_id ? { relatedReportId: f.related_report_id } : {}),
    })),
  };
}
