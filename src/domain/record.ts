import type { TableId, Template } from './keys.ts';

/** Agency kinds; a county publishes both a `government_office` and a `jurisdiction` report — never sum them. */
export const AGENCY_KINDS = ['township', 'street', 'department', 'government_office', 'jurisdiction'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface Agency {
  /** Stable id: province/city/county/name. */
  id: string;
  name: string;
  kind: AgencyKind;
  province: string;
  city: string;
  county: string;
}

/** Where a cell was read: a text line and character offset, or a PDF page and box (x0, y0, x1, y1 in points). */
export type SourcePosition =
  | { line: number; offset: number }
  | { page: number; box: [number, number, number, number] };

export interface CellValue {
  /** Normalised number (money in 万元); null for a blank or ambiguous cell. */
  value: number | null;
  /** The cell text as found in the document. */
  raw: string;
  /** Money unit found: 元, 万元 or unknown. */
  unit?: '元' | '万元' | 'unknown';
  source?: SourcePosition;
}

/** A row an agency added to a table (行政检查, 其他主动公开文件 …), kept outside the canonical keys. */
export interface ExtraRow {
  table: TableId;
  label: string;
  raw: string[];
  values: (number | null)[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem found while reading or checking a report. */
export interface ReportIssue {
  rule: string;
  severity: Severity;
  message: string;
  cells: string[];
}

/** One report of one agency and year, as the database stores it. */
export interface ReportRecord {
  agency: Agency;
  year: number;
  /** Template of the whole report, or 'mixed' when tables differ. */
  template: Template | 'mixed';
  tables: Partial<Record<TableId, Template>>;
  sourceFile: string;
  title: string;
  publishDate: string | null;
  cells: Record<string, CellValue>;
  extraRows: ExtraRow[];
  narrative: Record<string, string>;
  issues: ReportIssue[];
  ambiguous: Record<string, number[]>;
  /** Which dataset the report belongs to: 'demo' (synthetic), 'samples' (real), 'imported'. */
  dataset: string;
}
