import type { ExtractError, SourceDocument, SourceLine } from '../document.ts';
import { collapseSpace } from './lines.ts';
import { fillBlankCells } from './pdf-columns.ts';
import { pdfPageLines } from './pdf-lines.ts';
import type { PdfTextRun } from './pdf-lines.ts';
import { loadPdfJs, nodeDataFolders } from './load-pdfjs.ts';
import type { PdfDoc, PdfJs } from './load-pdfjs.ts';

/** Where pdf.js finds its data, and how much work one document may cost. */
export interface PdfOptions {
  /** Folder URL or path, with a trailing slash, of pdfjs-dist's cmaps/ (needed for CJK fonts that are not embedded). In Node it defaults to node_modules/pdfjs-dist/cmaps/; in the browser pass a URL the app serves. */
  cMapUrl?: string;
  /** Folder URL or path, with a trailing slash, of pdfjs-dist's standard_fonts/. Same defaults as cMapUrl. */
  standardFontDataUrl?: string;
  /** A document with more pages is refused (default 300). */
  maxPages?: number;
  /** Extraction of one document is abandoned after this many milliseconds (default 60 000). */
  timeoutMs?: number;
}

function describeFailure(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException') return 'encrypted PDF: a password is required';
  if (name === 'InvalidPDFException') return `corrupt PDF: ${message}`;
  return `PDF could not be read: ${message}`;
}

/** Lets a timed-out extraction stop at its next step instead of running on unobserved. */
interface Budget {
  expired: boolean;
  destroy: () => void;
}

async function readPages(lib: PdfJs, doc: PdfDoc, budget: Budget): Promise<SourceLine[]> {
  const lines: SourceLine[] = [];
  for (let p = 1; p <= doc.numPages && !budget.expired; p += 1) {
    const page = await doc.getPage(p);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent({ disableNormalization: true });
    const runs: PdfTextRun[] = content.items.flatMap((item) => {
      if (!('str' in item)) return [];
      const [, , c = 0, d = 0, x = 0, y = 0] = lib.Util.transform(viewport.transform, item.transform) as number[];
      const size = Math.hypot(c, d) || item.height || 10;
      return [{ text: item.str, x, y, width: item.width, size }];
    });
    lines.push(...pdfPageLines(runs, p));
    page.cleanup();
  }
  return lines;
}

/** Text drawn with fonts pdf.js cannot map to Unicode (often: CMaps not reachable) is not a scan. */
async function whyNoText(lib: PdfJs, doc: PdfDoc): Promise<string> {
  const textOps = new Set<number>([lib.OPS.showText, lib.OPS.showSpacedText, lib.OPS.nextLineShowText, lib.OPS.nextLineSetSpacingShowText]);
  for (let p = 1; p <= Math.min(doc.numPages, 3); p += 1) {
    const ops = await (await doc.getPage(p)).getOperatorList();
    if (ops.fnArray.some((fn) => textOps.has(fn))) return 'text layer unreadable: its fonts have no Unicode mapping (are the CMaps at cMapUrl reachable?)';
  }
  return 'no text layer (scanned image)';
}

async function extract(bytes: Uint8Array, file: string, options: PdfOptions, budget: Budget): Promise<SourceDocument | ExtractError> {
  const lib = await loadPdfJs();
  if (budget.expired) return { file, error: 'PDF extraction expired' };
  const nodeFolders = nodeDataFolders();
  const task = lib.getDocument({
    data: bytes.slice(),
    ...nodeFolders,
    ...(options.cMapUrl ? { cMapUrl: options.cMapUrl } : {}),
    ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
    cMapPacked: true,
    // Outside Node the display side's fetcher reads document.baseURI, which a Web Worker lacks: let the in-thread worker code fetch.
    useWorkerFetch: nodeFolders === undefined,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWasm: false,
    verbosity: 0,
  });
  budget.destroy = () => void task.destroy();
  try {
    const doc = await task.promise;
    const maxPages = options.maxPages ?? 300;
    if (doc.numPages > maxPages) return { file, error: `PDF has ${doc.numPages} pages, over the limit of ${maxPages}` };
    const lines = fillBlankCells(await readPages(lib, doc, budget));
    if (lines.length === 0) return { file, error: await whyNoText(lib, doc) };
    const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' ? collapseSpace(info.Title) : '';
    return { file, format: 'pdf', ...(title ? { title } : {}), lines };
  } finally {
    await task.destroy();
  }
}

/** PDF bytes → lines rebuilt from the text layer, each cell with {page, box} (points, origin top-left). Never throws. */
export async function extractPdf(bytes: Uint8Array, file: string, options: PdfOptions = {}): Promise<SourceDocument | ExtractError> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const budget: Budget = { expired: false, destroy: () => {} };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ExtractError>((resolve) => {
    timer = setTimeout(() => {
      budget.expired = true;
      budget.destroy();
      resolve({ file, error: `PDF extraction gave up after ${timeoutMs} ms` });
    }, timeoutMs);
  });
  try {
    return await Promise.race([extract(bytes, file, options, budget), timeout]);
  } catch (e) {
    return { file, error: describeFailure(e) };
  } finally {
    clearTimeout(timer);
  }
}
