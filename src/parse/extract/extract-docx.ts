import { unzipSync } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ExtractError, SourceDocument } from '../document.ts';
import { isElement } from './dom.ts';
import type { DomElement, DomNode } from './dom.ts';
import { collapseSpace, LineSink } from './lines.ts';
import { spanGrid } from './span-grid.ts';

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';
/** Bound on unpacked XML, against zip bombs. */
const MAX_XML_BYTES = 64 * 1024 * 1024;
/** Deleted text, field codes and the VML duplicate of every text box carry nothing the reader sees. */
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'mc:Fallback', 'w:rPr', 'w:pPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr']);
const BLOCKS = new Set(['w:p', 'w:tr', 'w:tc', 'w:txbxContent', 'w:tbl']);

const children = (el: DomElement, name: string): DomElement[] =>
  el.children.flatMap((c) => {
    if (!isElement(c)) return [];
    if (c.name === name) return [c];
    // Content controls and custom XML wrap rows and cells without changing the table.
    return c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml' ? children(c, name) : [];
  });

const prop = (el: DomElement, path: string[]): DomElement | undefined =>
  path.reduce<DomElement | undefined>((at, name) => at && (DomUtils.findOne((e) => e.name === name, at.children, false) ?? undefined), el);

/** Text of a run-level node; paragraphs and breaks become single spaces (used inside table cells). */
function inlineText(node: DomNode): string {
  if (!isElement(node) || SKIPPED.has(node.name)) return '';
  switch (node.name) {
    case 'w:t':
      return DomUtils.textContent(node);
    case 'w:tab':
    case 'w:br':
    case 'w:cr':
      return ' ';
    case 'w:noBreakHyphen':
      return '-';
  }
  const inner = node.children.map(inlineText).join('');
  return BLOCKS.has(node.name) ? ` ${inner} ` : inner;
}

class DocxWalker {
  readonly sink = new LineSink();
  private buffer = '';

  flush(): void {
    this.sink.paragraph(this.buffer);
    this.buffer = '';
  }

  walk(node: DomNode): void {
    if (!isElement(node) || SKIPPED.has(node.name)) return;
    if (node.name === 'w:t') this.buffer += DomUtils.textContent(node);
    else if (node.name === 'w:tab') this.buffer += ' ';
    else if (node.name === 'w:noBreakHyphen') this.buffer += '-';
    else if (node.name === 'w:br' || node.name === 'w:cr') this.flush();
    else if (node.name === 'w:tbl' && !DomUtils.findOne((e) => e.name === 'w:tbl', node.children)) {
      this.flush();
      this.table(node);
    } else {
      const block = BLOCKS.has(node.name);
      if (block) this.flush();
      for (const child of node.children) this.walk(child);
      if (block) this.flush();
    }
  }

  /** One line per w:tr; a w:vMerge continuation cell is skipped, like an HTML cell covered by a rowspan. */
  private table(tbl: DomElement): void {
    const rows = children(tbl, 'w:tr').map((tr) => children(tr, 'w:tc'));
    const spans = rows.map((cells) =>
      cells.map((tc) => ({ colspan: Number.parseInt(prop(tc, ['w:tcPr', 'w:gridSpan'])?.attribs['w:val'] ?? '1', 10), rowspan: 1 })),
    );
    const columns = spanGrid(spans);
    rows.forEach((cells, r) => {
      const kept = cells.flatMap((tc, i) => {
        const vMerge = prop(tc, ['w:tcPr', 'w:vMerge']);
        const continues = vMerge !== undefined && (vMerge.attribs['w:val'] ?? 'continue') === 'continue';
        return continues ? [] : [{ text: tc.children.map(inlineText).join(''), column: columns[r]?.[i] ?? i }];
      });
      this.sink.row(kept);
    });
  }
}

function unpack(bytes: Uint8Array, file: string): { entries: Record<string, Uint8Array> } | ExtractError {
  let tooLarge = '';
  try {
    const entries = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== DOCUMENT && f.name !== CORE) return false;
        if (f.originalSize > MAX_XML_BYTES) tooLarge = f.name;
        return !tooLarge;
      },
    });
    if (tooLarge) return { file, error: `${tooLarge} too large (over ${MAX_XML_BYTES >> 20} MB unpacked)` };
    return { entries };
  } catch (e) {
    return { file, error: `not a readable zip archive: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** DOCX bytes → lines from word/document.xml's structure (paragraphs, w:tbl rows), title from docProps/core.xml. */
export function extractDocx(bytes: Uint8Array, file: string): SourceDocument | ExtractError {
  const unpacked = unpack(bytes, file);
  if ('error' in unpacked) return unpacked;
  const { entries } = unpacked;
  const documentXml = entries[DOCUMENT];
  if (!documentXml) return { file, error: `${DOCUMENT} missing (not a Word document)` };
  const xml = parseDocument(new TextDecoder('utf-8').decode(documentXml), { xmlMode: true, decodeEntities: true });
  const body = DomUtils.findOne((e) => e.name === 'w:body', xml.children);
  if (!body) return { file, error: `${DOCUMENT} has no w:body` };
  const walker = new DocxWalker();
  for (const node of body.children) walker.walk(node);
  walker.flush();
  const core = entries[CORE];
  const titleEl = core && DomUtils.findOne((e) => e.name === 'dc:title', parseDocument(new TextDecoder().decode(core), { xmlMode: true }).children);
  const title = titleEl ? collapseSpace(DomUtils.textContent(titleEl)) : '';
  return { file, format: 'docx', ...(title ? { title } : {}), lines: walker.sink.lines };
}
