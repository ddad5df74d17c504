import { DomUtils, parseDocument } from 'htmlparser2';
import type { SourceDocument } from '../document.ts';
import { isElement, textData } from './dom.ts';
import type { DomElement, DomNode } from './dom.ts';
import { collapseSpace, LineSink } from './lines.ts';
import { spanGrid } from './span-grid.ts';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'title', 'xml', 'svg', 'object', 'iframe', 'select', 'textarea']);
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'header',
  'footer', 'main', 'nav', 'aside', 'blockquote', 'pre', 'address', 'center', 'form', 'fieldset', 'figure',
  'figcaption', 'hr', 'caption', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'body', 'html',
]);

/** Hidden by the page (spam injected by mirrors usually is) or by Word (mso-hide). */
function isHidden(el: DomElement): boolean {
  const style = el.attribs.style ?? '';
  return 'hidden' in el.attribs || /display\s*:\s*none|mso-hide\s*:\s*all/i.test(style);
}

function isVisibleElement(node: DomNode): node is DomElement {
  return isElement(node) && !SKIPPED.has(node.name) && !isHidden(node);
}

/** Text of a table cell: blocks and <br> inside it become single spaces. */
function cellText(node: DomNode): string {
  const text = textData(node);
  if (text !== undefined) return text;
  if (!isVisibleElement(node)) return '';
  const inner = node.children.map(cellText).join('');
  return node.name === 'br' || BLOCKS.has(node.name) ? ` ${inner} ` : inner;
}

function rowCells(tr: DomElement): DomElement[] {
  return tr.children.filter((c): c is DomElement => isElement(c) && (c.name === 'td' || c.name === 'th') && !isHidden(c));
}

/** Walks the page in document order: paragraphs as one-cell lines, leaf tables row by row. */
class HtmlWalker {
  readonly sink = new LineSink();
  private buffer = '';

  flush(): void {
    this.sink.paragraph(this.buffer);
    this.buffer = '';
  }

  walk(node: DomNode): void {
    const text = textData(node);
    if (text !== undefined) {
      this.buffer += text;
      return;
    }
    if (!isVisibleElement(node)) return;
    if (node.name === 'br') return this.flush();
    if (node.name === 'table' && !DomUtils.findOne((e) => e.name === 'table', node.children)) {
      this.flush();
      return this.table(node);
    }
    const block = BLOCKS.has(node.name) || node.name === 'table';
    if (block) this.flush();
    for (const child of node.children) this.walk(child);
    if (block) this.flush();
  }

  /** A table with no table inside: its caption as a paragraph, then one line per <tr>, a spanned cell only at its origin. */
  private table(table: DomElement): void {
    const caption = DomUtils.findOne((e) => e.name === 'caption', table.children);
    if (caption && isVisibleElement(caption)) this.sink.paragraph(cellText(caption));
    const rows = DomUtils.getElementsByTagName('tr', table.children, true).map(rowCells);
    const spans = rows.map((cells) =>
      cells.map((c) => ({ colspan: Number.parseInt(c.attribs.colspan ?? '1', 10), rowspan: Number.parseInt(c.attribs.rowspan ?? '1', 10) })),
    );
    const columns = spanGrid(spans);
    rows.forEach((cells, r) => this.sink.row(cells.map((c, i) => ({ text: cellText(c), column: columns[r]?.[i] ?? i }))));
  }
}

/** HTML page text → lines. Layout tables (tables holding tables) are read as blocks, leaf tables as rows. */
export function extractHtml(html: string, file: string): SourceDocument {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const walker = new HtmlWalker();
  for (const node of dom.children) walker.walk(node);
  walker.flush();
  const titleEl = DomUtils.findOne((e) => e.name === 'title', dom.children);
  const title = titleEl ? collapseSpace(DomUtils.textContent(titleEl)) : '';
  return { file, format: 'html', ...(title ? { title } : {}), lines: walker.sink.lines };
}
