import type { ReportRecord } from '../domain/index.ts';
import { fmt, tableTemplate, valueOf } from './cells.ts';
import type { QuoteKind } from './quotes.ts';
import { findQuotes } from './quotes.ts';
import type { Finding, RuleInfo } from './types.ts';

export const NARRATIVE_RULES: readonly RuleInfo[] = [{
  id: 'N1', family: 'narrative', severity: 'warning', nameZh: '正文数字与表格不符', nameEn: 'Narrative figure differs from the table',
  descriptionZh: '总体情况中引用的收到、结转、办结、予以公开、部分公开、复议、诉讼件数应与表格一致',
  descriptionEn: 'Received, carried-over, closed, granted, partly granted, review and suit counts quoted in the overview should equal the tables',
}];

interface Target {
  /** The cell the quote is compared with (named in the finding). */
  key: string;
  zh: string;
  /** Readings of the tables the phrase may mean; the quote is fine when it equals any of them. */
  readings: readonly (readonly string[])[];
}

const TARGETS: Record<QuoteKind, Target> = {
  received: { key: 't3.received_new.total', zh: '本年新收申请', readings: [['t3.received_new.total'], ['t3.received_new.total', 't3.carried_over_in.total']] },
  carriedIn: { key: 't3.carried_over_in.total', zh: '上年结转', readings: [['t3.carried_over_in.total']] },
  processed: { key: 't3.processed_total.total', zh: '办理结果总计', readings: [['t3.processed_total.total']] },
  carriedOut: { key: 't3.carried_over_out.total', zh: '结转下年度', readings: [['t3.carried_over_out.total']] },
  granted: { key: 't3.granted.total', zh: '（一）予以公开 总计', readings: [['t3.granted.total']] },
  partiallyGranted: { key: 't3.partially_granted.total', zh: '（二）部分公开 总计', readings: [['t3.partially_granted.total']] },
  reviews: { key: 't4.review.total', zh: '行政复议总计', readings: [['t4.review.total']] },
  suits: {
    key: 't4.litigation_direct.total', zh: '行政诉讼总计',
    readings: [['t4.litigation_direct.total', 't4.litigation_after_review.total'], ['t4.litigation_direct.total']],
  },
};

/** The overview (section 一); all sections when it is missing. */
function overviewText(record: ReportRecord): string {
  const n = record.narrative;
  return n['一'] ?? Object.values(n).join('\n');
}

function sumOf(record: ReportRecord, keys: readonly string[]): number | null {
  let total = 0;
  for (const k of keys) {
    const v = valueOf(record, k);
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** N1: figures quoted in the overview that match no reading of the tables. */
export function checkNarrative(record: ReportRecord, id: string): Finding[] {
  const needs = { t3: tableTemplate(record, 't3'), t4: tableTemplate(record, 't4') };
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const q of findQuotes(overviewText(record), record.year, record.agency.kind === 'jurisdiction')) {
    const target = TARGETS[q.kind];
    if (!needs[target.key.startsWith('t3') ? 't3' : 't4']) continue;
    const readings = target.readings.map((keys) => sumOf(record, keys));
    const table = readings[0];
    if (table === null || table === undefined || readings.includes(q.value)) continue;
    const dedupe = `${q.kind}|${q.value}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const cells = target.readings[0] ?? [target.key];
    findings.push({
      reportId: id, rule: 'N1', severity: 'warning', cells: [...cells], expected: table, actual: q.value,
      messageZh: `正文“${q.text}”为 ${fmt(q.value)}，但表格${target.zh} = ${fmt(table)}（N1）`,
      messageEn: `the narrative quotes "${q.text}" = ${fmt(q.value)} but the table's ${cells.join(' + ')} = ${fmt(table)} (N1)`,
    });
  }
  return findings;
}
