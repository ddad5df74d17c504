import type { SourceDocument } from '../document.ts';
import { collapseSpace } from './lines.ts';

/** Plain text → one one-cell line per non-blank source line; pos.line is the 1-based source line number. */
export function extractText(text: string, file: string): SourceDocument {
  const lines = text.split(/\r\n|\r|\n/).flatMap((raw, index) => {
    const clean = collapseSpace(raw);
    return clean ? [{ tableRow: false, cells: [{ text: clean, pos: { line: index + 1, offset: raw.search(/\S/) } }] }] : [];
  });
  return { file, format: 'text', lines };
}
