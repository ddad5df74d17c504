import type { Finding } from '../checks/index.ts';
import { incrementalChecks } from '../checks/index.ts';
import type { ReportRecord } from '../domain/index.ts';
import { byCodePoint } from './code-point-order.ts';
import type { KeyedRecords } from './records-ipc.ts';

/** Checks that keep the records last checked (by report_id), so that a later load rechecks only what it touches. */
export interface KeptChecks {
  /** Check all these records, keeping them. */
  all(records: KeyedRecords): Finding[];
  /**
   * After the reports `changed` were loaded, replaced or removed, given their records as loaded now: check
   * everything again, remembering what they did not touch. Null when nothing is kept (check all instead).
   */
  update(changed: readonly string[], records: KeyedRecords): Finding[] | null;
}

/** Kept checks over incrementalChecks: the same findings as checkAll over every record kept, in report_id order. */
export function keptChecks(): KeptChecks {
  let kept: Map<string, ReportRecord> | null = null;
  let check = incrementalChecks();
  return {
    all({ ids, records }) {
      kept = new Map(ids.map((id, i) => [id, records[i] as ReportRecord]));
      check = incrementalChecks();
      return check(records);
    },
    update(changed, { ids, records }) {
      if (!kept) return null;
      for (const id of changed) kept.delete(id);
      ids.forEach((id, i) => kept?.set(id, records[i] as ReportRecord));
      const now = kept;
      return check([...now.keys()].sort(byCodePoint).map((id) => now.get(id) as ReportRecord));
    },
  };
}
