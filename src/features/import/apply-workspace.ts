import type { Connector } from '../../db/index.ts';
import type { ReportRecord } from '../../domain/index.ts';
import { toCsvTables } from '../../generate/csv.ts';
import type { Correction } from '../../load/index.ts';
import { loadBatch, refreshPivots } from '../../load/index.ts';
import type { Workspace, WorkspaceBatch } from './workspace.ts';

const encoder = new TextEncoder();

/** One report as a workspace batch (its own CSV tables), joined as the user chose. */
export function batchOf(
  record: ReportRecord,
  join: { replaces?: string[]; idSuffix?: string; corrections?: Correction[] } = {},
): WorkspaceBatch {
  const csv = toCsvTables([record.agency], [record]);
  return { name: record.sourceFile, ...csv, replaces: join.replaces ?? [], idSuffix: join.idSuffix ?? '', corrections: join.corrections ?? [] };
}

/** Load one batch in its own transaction (all-or-nothing); returns the report ids loaded. */
export function applyBatch(db: Connector, batch: WorkspaceBatch, index: number): Promise<string[]> {
  return loadBatch(
    db,
    `import-${index}`,
    { agencies: encoder.encode(batch.agencies), reports: encoder.encode(batch.reports), cells: encoder.encode(batch.cells) },
    { replaces: batch.replaces, idSuffix: batch.idSuffix, corrections: batch.corrections, ...(batch.dataset ? { dataset: batch.dataset } : {}) },
  );
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const body = (csv: string) => csv.slice(csv.indexOf('\n') + 1);

/** Batches that join plainly (no id suffix, no dataset override) as one: their CSV bodies after one header. */
function merge(batches: readonly WorkspaceBatch[]): WorkspaceBatch {
  const [first] = batches as [WorkspaceBatch];
  const table = (t: 'agencies' | 'reports' | 'cells') => first[t] + batches.slice(1).map((b) => body(b[t])).join('');
  return {
    name: `${batches.length} files`,
    agencies: table('agencies'),
    reports: table('reports'),
    cells: table('cells'),
    replaces: batches.flatMap((b) => b.replaces),
    idSuffix: '',
    corrections: batches.flatMap((b) => b.corrections),
  };
}

/**
 * Load batches, each all-or-nothing. Plain batches go together in one transaction (a transaction per file
 * costs ~60 ms in the browser); if that fails, every batch is retried on its own to isolate the bad file.
 * Returns an error message per batch (null where it loaded) and the ids of the reports loaded or replaced.
 */
export async function applyBatches(db: Connector, batches: readonly WorkspaceBatch[]): Promise<{ errors: (string | null)[]; changed: string[] }> {
  const errors: (string | null)[] = batches.map(() => null);
  const changed: string[] = [];
  const plain = new Set(batches.flatMap((b, i) => (!b.idSuffix && !b.dataset && b.reports.endsWith('\n') ? [i] : [])));
  let merged = false;
  if (plain.size > 1) {
    const together = merge([...plain].map((i) => batches[i] as WorkspaceBatch));
    merged = await applyBatch(db, together, 0).then(
      (ids) => (changed.push(...ids, ...together.replaces), true),
      () => false,
    );
  }
  for (const [i, batch] of batches.entries()) {
    if (merged && plain.has(i)) continue;
    await applyBatch(db, batch, i).then(
      (ids) => changed.push(...ids, ...batch.replaces),
      (e: unknown) => (errors[i] = message(e)),
    );
  }
  return { errors, changed };
}

/** Load every batch of a workspace in order; a failing batch is skipped and named in the result. */
export async function restoreWorkspace(db: Connector, ws: Workspace): Promise<{ loaded: number; failed: string[] }> {
  const { errors } = await applyBatches(db, ws.batches);
  const failed = ws.batches.flatMap((b, i) => (errors[i] ? [`${b.name}: ${errors[i]}`] : []));
  return { loaded: ws.batches.length - failed.length, failed };
}

/** Remove every imported report, its cells, findings and corrections, and agencies left without reports. */
export async function clearImported(db: Connector): Promise<void> {
  await db.exec('BEGIN TRANSACTION');
  try {
    for (const table of ['cells', 'findings', 'corrections']) {
      await db.exec(`DELETE FROM ${table} WHERE report_id IN (SELECT report_id FROM reports WHERE dataset = 'imported')`);
    }
    await db.exec("DELETE FROM reports WHERE dataset = 'imported'");
    await db.exec('DELETE FROM agencies WHERE agency_id NOT IN (SELECT agency_id FROM reports)');
    await refreshPivots(db);
    await db.exec('COMMIT');
  } catch (e) {
    await db.exec('ROLLBACK');
    throw e;
  }
}
