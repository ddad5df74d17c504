export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDoc = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
let pdfjs: Promise<PdfJs> | undefined;

/**
 * Evaluating pdf.worker.mjs inside a Web Worker makes it take over that worker's own message port; a
 * `window` global during the import stops it (https://github.com/mozilla/pdf.js/pull/19136).
 */
async function importWorkerCode(): Promise<void> {
  const scope = globalThis as { window?: unknown; process?: unknown };
  const shim = scope.window === undefined && scope.process === undefined;
  if (shim) scope.window = globalThis;
  try {
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  } finally {
    if (shim) delete scope.window;
  }
}

/** pdf.js with its worker code loaded into this thread (it sets globalThis.pdfjsWorker), so no Worker is spawned. */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= importWorkerCode()
    .then(() => import('pdfjs-dist/legacy/build/pdf.mjs'))
    .catch((e: unknown) => {
      pdfjs = undefined;
      throw e;
    });
  return pdfjs;
}

/** In Node, the data folders inside the installed pdfjs-dist; undefined elsewhere (the caller passes URLs). */
export function nodeDataFolders(): { cMapUrl: string; standardFontDataUrl: string } | undefined {
  const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  if (!getBuiltinModule) return undefined;
  const { createRequire } = getBuiltinModule('module') as typeof import('node:module');
  const root = createRequire(import.meta.url).resolve('pdfjs-dist/package.json').replace(/package\.json$/, '');
  return { cMapUrl: `${root}cmaps/`, standardFontDataUrl: `${root}standard_fonts/` };
}
