import type { SourcePosition } from '../domain/index.ts';

/** One piece of text as the document laid it out, with where it was found. */
export interface SourceCell {
  text: string;
  pos: SourcePosition;
}

/**
 * One line of a document: a paragraph of text (one cell), or a table row whose cells the source kept
 * apart (HTML <td>, DOCX <w:tc>, PDF runs rebuilt from positions). A blank cell is a cell with text ''.
 */
export interface SourceLine {
  cells: SourceCell[];
  /** True when the cells are a real table row of the source, so cell boundaries are trustworthy. */
  tableRow: boolean;
}

/** A document reduced to what the parser reads, whatever its format. */
export interface SourceDocument {
  file: string;
  format: 'text' | 'html' | 'docx' | 'pdf';
  /** Title from the document's metadata (HTML <title>, crawler header, PDF info) when there is one. */
  title?: string;
  lines: SourceLine[];
}

/** Why a document could not be read at all. */
export interface ExtractError {
  file: string;
  error: string;
}
