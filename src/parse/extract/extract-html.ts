import type { SourceDocument } from '../document.ts';
import { findElement, parseHtml, textContent } from './html-tree.ts';
import type { HtmlElement, HtmlNode } from './html-tree.ts';
import { collapseSpace, LineSink } from './lines.ts';
import { spanGrid } from './span-grid.ts';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'title', 'xml', 'svg', 'object', 'iframe', 'select', 'textarea']);
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'header',
  'footer', 'main', 'nav', 'aside', 'blockquote', 'pre', 'address', 'center', 'form', 'fieldset', 'figure',
  'figcaption', 'hr', 'caption', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'body', 'html',
]);
const isVisible = (el: HtmlElement): boolean => !SKIPPED.has(el.name) && !el.hidden;

/** Text of a table cell: blocks and <br> inside it become single spaces. */
function cellText(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  if (!isVisible(node)) return '';
  let inner = '';
  for (const child of node.children) inner += cellText(child);
  return node.name === 'br' || BLOCKS.has(node.name) ? ` ${inner} ` : inner;
}

/** A table's caption and rows (every <tr> under it, in document order), unless a table is nested in it. */
interface TableParts {
  nested: boolean;
  caption?: HtmlElement;
  rows: HtmlElement[];
}

function partsOf(el: HtmlElement, parts: TableParts = { nested: false, rows: [] }): TableParts {
  for (const child of el.children) {
    if (typeof child === 'string') continue;
    if (child.name === 'table') {
      parts.nested = true;
      return parts;
    }
    if (child.name === 'caption') parts.caption ??= child;
    else if (child.name === 'tr') parts.rows.push(child);
    if (partsOf(child, parts).nested) return parts;
  }
  return parts;
}

function rowCells(tr: HtmlElement): HtmlElement[] {
  return tr.children.filter((c): c is HtmlElement => typeof c !== 'string' && (c.name === 'td' || c.name === 'th') && !c.hidden);
}

const span = (value: string | undefined): number => Number.parseInt(value ?? '1', 10);

/** Walks the page in document order: paragraphs as one-cell lines, leaf tables row by row. */
class HtmlWalker {
  readonly sink = new LineSink();
  private buffer = '';

  flush(): void {
    this.sink.paragraph(this.buffer);
    this.buffer = '';
  }

  walk(node: HtmlNode): void {
    if (typeof node === 'string') {
      this.buffer += node;
      return;
    }
    if (!isVisible(node)) return;
    if (node.name === 'br') return this.flush();
    const parts = node.name === 'table' ? partsOf(node) : undefined;
    if (parts && !parts.nested) {
      this.flush();
      return this.table(parts);
    }
    const block = BLOCKS.has(node.name) || node.name === 'table';
    if (block) this.flush();
    for (const child of node.children) this.walk(child);
    if (block) this.flush();
  }

  /** A table with no table inside: its caption as a paragraph, then one line per <tr>, a spanned cell only at its origin. */
  private table({ caption, rows: trs }: TableParts): void {
    if (caption && isVisible(caption)) this.sink.paragraph(cellText(caption));
    const rows = trs.map(rowCells);
    const columns = spanGrid(rows.map((cells) => cells.map((c) => ({ colspan: span(c.attribs.colspan), rowspan: span(c.attribs.rowspan) }))));
    rows.forEach((cells, r) => this.sink.row(cells.map((c, i) => ({ text: cellText(c), column: columns[r]?.[i] ?? i }))));
  }
}

/** HTML page text → lines. Layout tables (tables holding tables) are read as blocks, leaf tables as rows. */
export function extractHtml(html: string, file: string): SourceDocument {
  const root = parseHtml(html);
  const walker = new HtmlWalker();
  for (const node of root.children) walker.walk(node);
  walker.flush();
  const titleEl = findElement(root, (e) => e.name === 'title');
  const title = titleEl ? collapseSpace(textContent(titleEl)) : '';
  return { file, format: 'html', ...(title ? { title } : {}), lines: walker.sink.lines };
}
