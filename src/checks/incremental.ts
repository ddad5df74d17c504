import type { ReportRecord } from '../domain/index.ts';
import { byAgency, checkReport, checkWithinAgency } from './check.ts';
import type { Narrative } from './copies.ts';
import { checkCopiedFigures, checkCopiedNarrative, narrativeOf, vectorHash } from './copies.ts';
import type { Finding } from './types.ts';

function remember<K extends object, V>(memo: WeakMap<K, V>, key: K, compute: (key: K) => V): V {
  if (memo.has(key)) return memo.get(key) as V;
  const value = compute(key);
  memo.set(key, value);
  return value;
}

const sameRecords = (a: readonly ReportRecord[], b: readonly ReportRecord[]) => a.length === b.length && a.every((r, i) => r === b[i]);

/**
 * checkAll that remembers between runs, for records that stay the same objects: each record's own
 * findings, each agency's cross-year findings while its records are unchanged, and each record's copy
 * fingerprints. After an import it checks the new records on their own and the agencies they touch, and
 * compares copies against everything from the kept fingerprints. Gives exactly what checkAll gives.
 */
export function incrementalChecks(): (records: readonly ReportRecord[]) => Finding[] {
  const own = new WeakMap<ReportRecord, Finding[]>();
  const hashes = new WeakMap<ReportRecord, string | null>();
  const narratives = new WeakMap<ReportRecord, Narrative | null>();
  let agencies = new Map<string, { group: ReportRecord[]; findings: Finding[] }>();
  return (records) => {
    const findings = records.flatMap((r) => remember(own, r, checkReport));
    const next = new Map<string, { group: ReportRecord[]; findings: Finding[] }>();
    for (const group of byAgency(records)) {
      const id = group[0]?.agency.id ?? '';
      const before = agencies.get(id);
      const entry = before && sameRecords(before.group, group) ? before : { group, findings: checkWithinAgency(group) };
      next.set(id, entry);
      findings.push(...entry.findings);
    }
    agencies = next;
    findings.push(
      ...checkCopiedFigures(records, (r) => remember(hashes, r, vectorHash)),
      ...checkCopiedNarrative(records, (r) => remember(narratives, r, narrativeOf)),
    );
    return findings;
  };
}
