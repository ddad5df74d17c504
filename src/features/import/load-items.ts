import type { Connector } from '../../db/index.ts';
import { sql } from '../../db/index.ts';
import type { Correction } from '../../load/index.ts';
import { applyBatches, batchOf } from './apply-workspace.ts';
import { buildRecord } from './build-record.ts';
import type { LoadedReport, Outcome, ReportItem, ReviewItem } from './review-item.ts';
import { sameReport, willLoad } from './review-item.ts';
import type { Workspace, WorkspaceBatch } from './workspace.ts';

/** Every loaded report with its agency's name and place (what the duplicate check compares). */
export function loadedReports(db: Connector): Promise<LoadedReport[]> {
  return db.query<LoadedReport>(sql`SELECT report_id, agency_name, year, province, city, county FROM report_list ORDER BY report_id`);
}

/**
 * The batch of one reviewed report: record with resolutions, corrections with provenance, and the
 * duplicate choice against `loaded` (which it updates, so later files of the same load see this one).
 */
export function reportBatch(loaded: LoadedReport[], item: ReportItem, author: string, at: string): WorkspaceBatch {
  const year = item.year as number;
  const resolved = Object.fromEntries(Object.entries(item.resolved).map(([k, r]) => [k, r.value]));
  const record = buildRecord(item.parsed, { name: item.name.trim(), year, identity: item.identity, resolved, sourceFile: item.path });
  const reportId = `${record.agency.id}|${year}`;
  const corrections: Correction[] = Object.entries(item.resolved).map(([key, r]) => ({
    reportId, key, value: r.value, previousRaw: item.parsed.cells[key]?.raw ?? '',
    candidates: item.parsed.ambiguous[key] ?? [], author, at, reason: r.reason,
  }));
  const here = { name: record.agency.name, year, ...item.identity };
  const existing = loaded
    .filter((r) => sameReport(here, { name: r.agency_name, year: r.year, province: r.province, city: r.city, county: r.county }))
    .map((r) => r.report_id);
  let batch: WorkspaceBatch;
  if (existing.length === 0) batch = batchOf(record, { corrections });
  else if (item.policy === 'replace') batch = batchOf(record, { corrections, replaces: existing });
  else {
    let n = 2;
    while (existing.includes(`${reportId}#${n}`)) n += 1;
    batch = batchOf(record, { corrections, idSuffix: existing.includes(reportId) ? `#${n}` : '' });
  }
  for (const id of batch.replaces) loaded.splice(loaded.findIndex((r) => r.report_id === id), 1);
  loaded.push({ report_id: reportId + batch.idSuffix, agency_name: record.agency.name, year, ...item.identity });
  return batch;
}

/**
 * Load every item the review kept, each file all-or-nothing (a failure leaves no rows and the others
 * still load). Returns the outcome per item id, the grown workspace and the ids of the reports loaded or
 * replaced; findings are the caller's to update (updateFindings), while the workspace is saved.
 */
export async function loadItems(
  db: Connector,
  items: readonly ReviewItem[],
  ws: Workspace,
  author: string,
): Promise<{ outcomes: Map<number, Outcome>; workspace: Workspace; changed: string[] }> {
  const outcomes = new Map<number, Outcome>();
  const batches = [...ws.batches];
  const identities = { ...ws.identities };
  const at = new Date().toISOString();
  const loaded = await loadedReports(db);
  const reports = items.filter((i): i is ReportItem => i.status === 'report' && willLoad(i));
  const reportBatches: WorkspaceBatch[] = [];
  for (const item of reports) {
    reportBatches.push(reportBatch(loaded, item, author, at));
    // Yield now and then: building hundreds of CSV tables in one go blocks the page for a second.
    if (reportBatches.length % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const { errors, changed } = await applyBatches(db, reportBatches);
  reports.forEach((item, i) => {
    const error = errors[i];
    outcomes.set(item.id, error ? { ok: false, error } : { ok: true });
    if (error) return;
    batches.push(reportBatches[i] as WorkspaceBatch);
    identities[item.name.trim()] = item.identity;
  });
  for (const item of items.filter(willLoad)) {
    if (item.status !== 'workspace' && item.status !== 'tables') continue;
    const incoming = item.status === 'workspace' ? item.workspace.batches : [item.batch];
    const { errors: failed, changed: more } = await applyBatches(db, incoming);
    changed.push(...more);
    batches.push(...incoming.filter((_, i) => !failed[i]));
    if (item.status === 'workspace') Object.assign(identities, item.workspace.identities);
    const bad = incoming.flatMap((b, i) => (failed[i] ? [`${b.name}: ${failed[i]}`] : []));
    outcomes.set(item.id, bad.length > 0 ? { ok: false, error: bad.join('; ') } : { ok: true });
  }
  return { outcomes, workspace: { batches, identities }, changed };
}
