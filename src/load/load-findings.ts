import { checkAll } from '../checks/index.ts';
import type { Finding } from '../checks/index.ts';
import type { Connector } from '../db/index.ts';
import type { ReportRecord } from '../domain/index.ts';
import { checkInWorker } from './check-in-worker.ts';
import { readRecordsIpc } from './read-records.ts';
import type { RecordsIpc } from './records-ipc.ts';
import { recordsFromIpc } from './records-ipc.ts';
import { keptFindings } from './pack/kept-findings.ts';
import { storeFindings } from './store-findings.ts';

/** Runs the checks over decoded records (checkAll, or a Web Worker given them). */
export type CheckRecords = (records: ReportRecord[]) => Finding[] | Promise<Finding[]>;

/** Runs the checks over the records as read, undecoded: a Web Worker decodes them itself, off the page's thread. */
export interface CheckRecordsIpc {
  /** Called before the records are read, to get ready meanwhile (start the worker). */
  prepare?(): void;
  fromIpc(records: RecordsIpc): Promise<Finding[]>;
  /**
   * After the reports `changed` (ids) were loaded, replaced or removed, given the records of those still
   * there: findings over all records, from the records kept by the last run. Null when none were kept.
   */
  update?(changed: readonly string[], records: RecordsIpc): Promise<Finding[] | null>;
}

/** In a browser the checks run in a Web Worker; in Node (tests, scripts) on this thread. */
const defaultCheck = (): CheckRecords | CheckRecordsIpc => (typeof Worker === 'function' ? checkInWorker : checkAll);

/**
 * Recompute every consistency finding (per report and across reports) over all loaded data and store
 * them in `findings`, replacing what was there. Returns the findings written.
 */
export async function loadFindings(
  db: Connector,
  /** How to run the checks: checkAll here, or over the undecoded records in a Web Worker (the browser's default). */
  check: CheckRecords | CheckRecordsIpc = defaultCheck(),
): Promise<Finding[]> {
  // Over a pack, reports of regions whose cells are not loaded keep the pack's precomputed findings.
  const kept = await keptFindings(db);
  if (!kept && typeof check !== 'function') check.prepare?.();
  const ipc = await readRecordsIpc(db);
  const findings = kept
    ? [...(await (typeof check === 'function' ? check : checkAll)(recordsFromIpc(ipc).filter(kept.checkable))), ...kept.findings]
    : typeof check === 'function' ? await check(recordsFromIpc(ipc)) : await check.fromIpc(ipc);
  await storeFindings(db, findings);
  return findings;
}

/**
 * loadFindings after a load that changed only the reports `changed` (ids loaded, replaced or removed): only
 * their records are read back, and the checks recheck only what they touch (see incrementalChecks). The
 * same findings as loadFindings; falls back to it when the checks kept no records or a pack is open.
 */
export async function updateFindings(db: Connector, changed: readonly string[], check: CheckRecords | CheckRecordsIpc = defaultCheck()): Promise<Finding[]> {
  if (typeof check === 'function' || !check.update || (await keptFindings(db))) return loadFindings(db, check);
  const findings = await check.update(changed, await readRecordsIpc(db, changed));
  if (!findings) return loadFindings(db, check);
  await storeFindings(db, findings);
  return findings;
}

/**
 * Store findings computed ahead, while the data was loading (checkInWorker.fromCsv over the files DuckDB
 * loaded, nothing else); when there are none (null), compute them as loadFindings does.
 */
export async function storeFindingsAhead(db: Connector, ahead: Promise<Finding[] | null> | null): Promise<Finding[]> {
  const findings = await ahead;
  if (!findings) return loadFindings(db);
  await storeFindings(db, findings);
  return findings;
}
