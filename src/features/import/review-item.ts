import type { Finding } from '../../checks/index.ts';
import type { ParsedReport } from '../../parse/index.ts';
import type { AgencyIdentity } from './agency-identity.ts';
import type { DICT } from './dictionary.ts';
import type { Workspace, WorkspaceBatch } from './workspace.ts';

/** A message of the feature's dictionary with its placeholders. */
export interface Note {
  key: keyof (typeof DICT)['zh'];
  vars?: Record<string, string | number>;
}

/** How a report of an agency and year already loaded joins the data. */
export type DuplicatePolicy = 'replace' | 'keep' | 'skip';

export interface Resolution {
  value: number;
  reason: string;
}

export type Outcome = { ok: true } | { ok: false; error: string };

interface Base {
  id: number;
  path: string;
  outcome?: Outcome;
}

/** A file refused or unreadable, with why. */
export interface RefusedItem extends Base {
  status: 'refused';
  note: Note;
}

/** A parsed report under review. */
export interface ReportItem extends Base {
  status: 'report';
  parsed: ParsedReport;
  findings: Finding[];
  name: string;
  year: number | null;
  identity: AgencyIdentity;
  resolved: Record<string, Resolution>;
  /** Report id of the same agency and year already loaded, or the path of an earlier file of this batch. */
  duplicateOf: string | null;
  policy: DuplicatePolicy;
}

/** Three data tables in the project's schema, loaded as they are. */
export interface TablesItem extends Base {
  status: 'tables';
  batch: WorkspaceBatch;
}

/** A saved workspace file. */
export interface WorkspaceItem extends Base {
  status: 'workspace';
  workspace: Workspace;
}

export type ReviewItem = RefusedItem | ReportItem | TablesItem | WorkspaceItem;

/** Tables the parser found missing because the document ends early ("truncated" issues). */
export function truncatedTables(parsed: ParsedReport): string[] {
  const all = ['t2', 't3', 't4'] as const;
  const truncated = parsed.issues.some((i) => i.rule === 'truncated');
  return truncated ? all.filter((t) => !parsed.tables[t]) : [];
}

/** Whether a reviewed item will be loaded. */
export function willLoad(item: ReviewItem): boolean {
  if (item.outcome) return false;
  if (item.status === 'refused') return false;
  if (item.status === 'report') return item.year !== null && item.name.trim() !== '' && !(item.duplicateOf && item.policy === 'skip');
  return true;
}

/** A loaded report as the duplicate check sees it. */
export interface LoadedReport extends Record<string, unknown> {
  report_id: string;
  agency_name: string;
  year: number;
  province: string | null;
  city: string | null;
  county: string | null;
}

interface ReportKey {
  name: string;
  year: number | null;
  province: string | null;
  city: string | null;
  county: string | null;
}

const samePlace = (a: string | null, b: string | null) => !a || !b || a === b;

/** Same agency and year: same name and year, and no place level where both are known and differ (城关镇 exists in many counties). */
export function sameReport(a: ReportKey, b: ReportKey): boolean {
  return a.name === b.name && a.year === b.year && samePlace(a.province, b.province) && samePlace(a.city, b.city) && samePlace(a.county, b.county);
}
