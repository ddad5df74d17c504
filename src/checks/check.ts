import type { ReportRecord } from '../domain/index.ts';
import { checkCarryOver } from './carry-over.ts';
import { checkCopiedFigures, checkCopiedNarrative } from './copies.ts';
import { checkHard } from './hard.ts';
import { checkNarrative } from './narrative.ts';
import { checkMoneyJumps, checkRegulations } from './plausibility.ts';
import type { Finding } from './types.ts';
import { reportId } from './types.ts';

/** Rules of one report on its own: R0, R3.1–R3.3, R4.1–R4.3, P1, N1. */
export function checkReport(record: ReportRecord): Finding[] {
  const id = reportId(record);
  return [...checkHard(record, id), ...checkRegulations(record, id), ...checkNarrative(record, id)];
}

/** Records grouped by agency, groups in order of first appearance. */
export function byAgency(records: readonly ReportRecord[]): ReportRecord[][] {
  const groups = new Map<string, ReportRecord[]>();
  for (const r of records) {
    const g = groups.get(r.agency.id);
    if (g) g.push(r);
    else groups.set(r.agency.id, [r]);
  }
  return [...groups.values()];
}

/** Rules across the reports of one agency: X1–X3 and P2. */
export function checkWithinAgency(group: readonly ReportRecord[]): Finding[] {
  return [...checkCarryOver(group), ...checkMoneyJumps(group)];
}

/** Rules across reports: X1–X3 and P2 within an agency, C1 and C2 across years and agencies. */
export function checkAcross(records: readonly ReportRecord[]): Finding[] {
  const findings: Finding[] = [];
  for (const group of byAgency(records)) findings.push(...checkWithinAgency(group));
  findings.push(...checkCopiedFigures(records), ...checkCopiedNarrative(records));
  return findings;
}

/** Every rule over a set of reports: each report's own rules, then the cross-report ones. */
export function checkAll(records: readonly ReportRecord[]): Finding[] {
  return [...records.flatMap(checkReport), ...checkAcross(records)];
}
