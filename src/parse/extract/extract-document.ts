import type { ExtractError, SourceDocument } from '../document.ts';
import { decodeText } from './decode-text.ts';
import { extractDocx } from './extract-docx.ts';
import { extractHtml } from './extract-html.ts';
import { extractMht } from './extract-mht.ts';
import { extractPdf } from './extract-pdf.ts';
import type { PdfOptions } from './extract-pdf.ts';
import { extractText } from './extract-text.ts';
import { sniffFormat } from './sniff-format.ts';

/** Options for extractDocument; today only PDF needs any. */
export interface ExtractOptions {
  /** Larger files are refused before any parsing (default 100 MB). */
  maxBytes?: number;
  /** pdf.js data folders and work limits. */
  pdf?: PdfOptions;
}

function extractKnown(bytes: Uint8Array, file: string, options: ExtractOptions): Promise<SourceDocument | ExtractError> | SourceDocument | ExtractError {
  switch (sniffFormat(bytes, file)) {
    case 'empty':
      return { file, error: 'empty file' };
    case 'pdf':
      return extractPdf(bytes, file, options.pdf);
    case 'docx':
      return extractDocx(bytes, file);
    case 'zip':
      return { file, error: 'word/document.xml missing: a zip archive, not a DOCX report' };
    case 'doc':
      return { file, error: 'legacy Word .doc (binary), not supported: save it as .docx' };
    case 'mht':
      return extractMht(bytes, file);
    case 'rtf':
      return { file, error: 'RTF document, not supported: save it as .docx' };
    case 'binary':
      return { file, error: 'binary content, not a report' };
    case 'html':
      return extractHtml(decodeText(bytes), file);
    case 'text':
      return extractText(decodeText(bytes), file);
  }
}

/**
 * Any report file → SourceDocument (format sniffed from magic bytes, then the extension). Never throws.
 * Positions: HTML, DOCX and text give {line: 1-based emitted line, offset: a table cell's grid column, else 0 (text: first
 * non-blank char)}; PDF gives {page, box: [x0, y0, x1, y1] in points from the page's top-left corner}.
 */
export async function extractDocument(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<SourceDocument | ExtractError> {
  const maxBytes = options.maxBytes ?? 100 * 1024 * 1024;
  if (bytes.length > maxBytes) return { file: fileName, error: `file too large: ${bytes.length} bytes, over the limit of ${maxBytes}` };
  try {
    const doc = await extractKnown(bytes, fileName, options);
    if ('lines' in doc && doc.lines.length === 0) return { file: fileName, error: `no text found in ${doc.format} document` };
    return doc;
  } catch (e) {
    return { file: fileName, error: `extraction failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
