import type { Connector } from '../../db/index.ts';
import { sql } from '../../db/index.ts';
import { arrowTableToCsv, browserParquetReader } from '../../load/index.ts';
import type { AgencyIdentity } from './agency-identity.ts';
import { inferIdentity } from './agency-identity.ts';
import type { PickedFile } from './file-intake.ts';
import { classify, MAX_BYTES } from './file-intake.ts';
import type { ParseJob, ParseProgress } from './parse-pool.ts';
import { parseInWorkers } from './parse-pool.ts';
import type { TableName } from './read-tables.ts';
import { jsonTableToCsv, tablesBatch } from './read-tables.ts';
import type { LoadedReport, ReportItem, ReviewItem } from './review-item.ts';
import { sameReport } from './review-item.ts';
import { decodeWorkspaceAsync } from './workspace-async.ts';

// Numbers in file names in numeric order (2.html before 10.html), names as Chinese readers sort them.
const byPath = new Intl.Collator('zh-CN', { numeric: true });

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** One table file as CSV text in schema order: CSV as it is, JSON rows and Parquet (parquet-wasm → Arrow → DuckDB) converted. */
async function tableText(db: Connector, table: TableName, f: PickedFile): Promise<string> {
  const bytes = new Uint8Array(await f.file.arrayBuffer());
  if (/\.json$/i.test(f.path)) return jsonTableToCsv(table, new TextDecoder().decode(bytes));
  if (!/\.parquet$/i.test(f.path)) return new TextDecoder().decode(bytes);
  let ipc: Uint8Array;
  try {
    ipc = await (await browserParquetReader())(bytes);
  } catch (e) {
    throw new Error(`${f.path}: not a readable Parquet file (${message(e)})`);
  }
  return arrowTableToCsv(db, table, ipc).catch((e: unknown) => Promise.reject(new Error(`${f.path}: ${message(e)}`)));
}

async function readTables(db: Connector, groups: Map<string, Partial<Record<TableName, PickedFile>>>, next: () => number): Promise<ReviewItem[]> {
  const items: ReviewItem[] = [];
  for (const [folder, files] of groups) {
    const path = `${folder}{agencies,reports,cells}`;
    const texts: Partial<Record<TableName, string>> = {};
    try {
      for (const [table, f] of Object.entries(files) as [TableName, PickedFile][]) texts[table] = await tableText(db, table, f);
    } catch (e) {
      items.push({ id: next(), path, status: 'refused', note: { key: 'unreadable', vars: { error: message(e) } } });
      continue;
    }
    try {
      items.push({ id: next(), path, status: 'tables', batch: tablesBatch(folder, texts) });
    } catch (e) {
      items.push({ id: next(), path, status: 'refused', note: { key: 'tablesIncomplete', vars: { missing: message(e) } } });
    }
  }
  return items;
}

async function readWorkspace(f: PickedFile, id: number): Promise<ReviewItem> {
  try {
    return { id, path: f.path, status: 'workspace', workspace: await decodeWorkspaceAsync(new Uint8Array(await f.file.arrayBuffer())) };
  } catch (e) {
    return { id, path: f.path, status: 'refused', note: { key: 'unreadable', vars: { error: message(e) } } };
  }
}

/** Loaded reports with their agency's name and place, to flag an import of a report already there. */
function loadedReports(db: Connector): Promise<LoadedReport[]> {
  return db.query<LoadedReport>(sql`SELECT report_id, agency_name, year, province, city, county FROM report_list ORDER BY report_id`);
}

/** Mark reports whose agency and year are loaded already, or appear earlier in the same batch. */
function flagDuplicates(items: ReportItem[], loaded: LoadedReport[]): void {
  const seen: { item: ReportItem }[] = [];
  for (const item of items) {
    const here = { name: item.name, year: item.year, ...item.identity };
    const known = loaded.find((r) => sameReport(here, { name: r.agency_name, year: r.year, province: r.province, city: r.city, county: r.county }));
    item.duplicateOf = known?.report_id ?? seen.find((s) => sameReport(here, { name: s.item.name, year: s.item.year, ...s.item.identity }))?.item.path ?? null;
    // The loaded agency's place fills what the name and folders did not say, so a replacement keeps its agency.
    if (known) {
      const { province, city, county } = item.identity;
      item.identity = { ...item.identity, province: province || (known.province ?? ''), city: city || (known.city ?? ''), county: county || (known.county ?? '') };
    }
    seen.push({ item });
  }
}

/**
 * Turn picked files into review items: refuse by size and type unread, parse reports in workers,
 * read data tables and workspace files, and flag reports already loaded.
 */
export async function readPicked(
  picked: readonly PickedFile[],
  context: { db: Connector; identities: Record<string, AgencyIdentity>; onProgress: (p: ParseProgress) => void; signal: AbortSignal },
): Promise<ReviewItem[]> {
  let id = 0;
  const next = () => id++;
  const items: ReviewItem[] = [];
  const jobs: ParseJob[] = [];
  const groups = new Map<string, Partial<Record<TableName, PickedFile>>>();
  for (const [i, f] of picked.entries()) {
    // Yield first and now and then: the pick's own task is long already, and sizing hundreds of files blocks the page.
    if (i % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const intake = classify(f);
    if (intake.kind === 'refused') {
      const mb = (f.file.size / 1024 / 1024).toFixed(1);
      items.push({ id: next(), path: f.path, status: 'refused', note: { key: intake.reason, vars: { mb, ext: intake.ext, limit: MAX_BYTES } } });
    } else if (intake.kind === 'table') groups.set(intake.folder, { ...groups.get(intake.folder), [intake.table]: f });
    else if (intake.kind === 'workspace') items.push(await readWorkspace(f, next()));
    else jobs.push({ path: f.path, file: f.file });
  }
  items.push(...(await readTables(context.db, groups, next)));
  const parsed = await parseInWorkers(jobs, context.onProgress, context.signal);
  const reports: ReportItem[] = [];
  jobs.forEach((job, i) => {
    const response = parsed.get(i);
    if (!response) return;
    const { result, findings } = response;
    if (!result.ok) {
      items.push({ id: next(), path: job.path, status: 'refused', note: { key: 'unreadable', vars: { error: result.error } } });
      return;
    }
    const name = result.agency ?? '';
    const identity = context.identities[name] ?? inferIdentity(name, job.path);
    reports.push({ id: next(), path: job.path, status: 'report', parsed: result, findings, name, year: result.year, identity, resolved: {}, duplicateOf: null, policy: 'skip' });
  });
  flagDuplicates(reports, await loadedReports(context.db));
  return [...items, ...reports].sort((a, b) => byPath.compare(a.path, b.path));
}
