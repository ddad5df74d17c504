import type { CellValue, ExtraRow, ReportIssue, SourcePosition, TableId, Template } from '../domain/index.ts';

/** A report read from one document. */
export interface ParsedReport {
  ok: true;
  file: string;
  agency: string | null;
  year: number | null;
  /** Template of the whole report, or 'mixed' when its tables differ. */
  template: Template | 'mixed';
  /** Template decided per table from its labels; a table absent or undecided is missing. */
  tables: Partial<Record<TableId, Template>>;
  title: string;
  publishDate: string | null;
  /** Every key of the detected template(s); null for blank, missing and ambiguous cells. */
  cells: Record<string, CellValue>;
  extraRows: ExtraRow[];
  /** Narrative sections by their numerals: 一 (overview), 五 (problems), 六 (other). */
  narrative: Record<string, string>;
  issues: ReportIssue[];
  /** Cells the document cannot settle, with every value they could take. */
  ambiguous: Record<string, number[]>;
}

/** A document the parser could not read as a report. */
export interface ParseFailure {
  ok: false;
  file: string;
  error: string;
}

export type ParseResult = ParsedReport | ParseFailure;

/** Kinds of token the lexer yields from a document's cells. */
export type TokenKind = 'text' | 'ord' | 'num' | 'null' | 'blank';

export interface Token {
  kind: TokenKind;
  /** Normalised text (for text tokens: canonical label text). */
  text: string;
  /** Text as found in the document. */
  raw: string;
  pos: SourcePosition;
  /** Index of the source cell the token came from. */
  cell: number;
  /** A number touching other text in its cell: it may hold several cells glued together. */
  glued?: boolean;
}

/** One value slot of a row before splitting: a fixed value, or a run of digits that may hold several. */
export interface Atom {
  value: number | null;
  raw: string;
  pos: SourcePosition;
  unit?: '元' | '万元';
  /** Digits of a run that may be several cells glued together. */
  digits?: string;
  /** Decimals written after the run (`.61`): they and the unit belong to the run's last cell only. */
  fraction?: string;
  /** Sign written before the run: it belongs to the run's first cell only. */
  sign?: '+' | '-';
}

/** One cell of a candidate row. */
export interface Slot {
  value: number | null;
  raw: string;
  pos: SourcePosition;
  unit?: '元' | '万元';
}
