import { decodeText, extractDocument, sniffFormat } from './extract/index.ts';
import type { ExtractOptions } from './extract/index.ts';
import { parseDocument } from './parse-report.ts';
import { tokenize } from './tokenize.ts';
import type { ParseResult } from './types.ts';

export type { SourceCell, SourceDocument, SourceLine, ExtractError } from './document.ts';
export type { ExtractOptions } from './extract/index.ts';
export type { ParsedReport, ParseFailure, ParseResult } from './types.ts';
export { decodeText } from './extract/index.ts';
export { normalize, canonicalLabel } from './normalize.ts';
export { parseDocument } from './parse-report.ts';
export { tokenize } from './tokenize.ts';

/** Parse a report given as plain text (PDF-extracted lines, pipe tables, web textContent). Never throws. */
export function parseText(text: string, fileName: string): ParseResult {
  return parseDocument(tokenize(text, fileName));
}

/**
 * Parse a report file. Text (sniffed, whatever the extension) is decoded — BOM, UTF-8, GBK — and read
 * by parseText; HTML, DOCX and PDF go through extractDocument, whose errors (scanned PDF without a text
 * layer, legacy .doc, …) come back as `ok: false`. Never throws.
 */
export async function parseFile(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<ParseResult> {
  try {
    if (sniffFormat(bytes, fileName) === 'text') return parseText(decodeText(bytes), fileName);
    const doc = await extractDocument(bytes, fileName, options);
    return 'error' in doc ? { ok: false, file: doc.file, error: doc.error } : parseDocument(doc);
  } catch (e) {
    return { ok: false, file: fileName, error: `cannot read file: ${e instanceof Error ? e.message : String(e)}` };
  }
}
