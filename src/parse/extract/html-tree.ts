import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Tokenizer } from 'htmlparser2';
import type { QuoteType, TokenizerCallbacks } from 'htmlparser2';
import { HIDING_STYLE, INTEGRATION, keptAttribute, nameAt, OPEN_IMPLIES_CLOSE, RAW_TEXT, VOID } from './html-names.ts';
import type { Context } from './html-names.ts';

/** An element of the light tree extractHtml reads; only the attributes it looks at are kept. */
export interface HtmlElement {
  name: string;
  /** style, hidden, colspan and rowspan, as written. */
  attribs: Record<string, string>;
  children: HtmlNode[];
  /** Hidden by the page (spam injected by mirrors usually is: `hidden`, display:none) or by Word (mso-hide:all). */
  hidden?: true;
}

/** Text with its entities decoded, or an element. */
export type HtmlNode = HtmlElement | string;

/** Builds the tree from htmlparser2's Tokenizer events, without the cost of a full DOM. */
class TreeBuilder implements TokenizerCallbacks {
  readonly root: HtmlElement = { name: '', attribs: {}, children: [] };
  private readonly open: HtmlElement[] = [];
  private readonly context: Context[] = ['html'];
  /** The start tag being read (undefined for an ignored second <form>) and the element it goes into. */
  private tag: HtmlElement | undefined;
  private tagParent: HtmlElement = this.root;
  private attribute: string | undefined;
  private value = '';

  constructor(private readonly html: string) {}

  private top = (): HtmlElement => this.open[this.open.length - 1] ?? this.root;
  isInForeignContext = (): boolean => this.context[this.context.length - 1] !== 'html';

  private tagName(start: number, end: number): string {
    const name = nameAt(this.html, start, end);
    const context = this.context[this.context.length - 1];
    // Of the SVG case fixes only foreignObject changes the tree: it is an HTML integration point.
    if (context === 'svg') return name === 'foreignobject' ? 'foreignObject' : name;
    if (name === 'foreignobject' && this.context.length > 1 && this.open.some((e) => e.name === 'foreignObject')) return 'foreignObject';
    return name === 'image' && context === 'html' ? 'img' : name;
  }

  private emitOpen(name: string): void {
    this.tag = undefined;
    if (name === 'form' && this.open.some((e) => e.name === 'form')) return;
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    while (closes && this.open.length > 0 && closes.has(this.top().name)) this.pop();
    const el: HtmlElement = { name, attribs: {}, children: [] };
    this.tag = el;
    this.tagParent = this.top();
    if (VOID.has(name)) return;
    this.open.push(el);
    if (name === 'svg' || name === 'math') this.context.push(name);
    else if (INTEGRATION.has(name)) this.context.push('html');
  }

  /** An element joins the tree when its start tag ends: one cut off by the end of the file never does. */
  private endOpen(): void {
    if (this.tag) this.tagParent.children.push(this.tag);
    this.tag = undefined;
  }

  private closeCurrent(): void {
    const name = this.tag?.name;
    this.endOpen();
    if (name !== undefined && this.top().name === name) this.pop();
  }

  private pop(): void {
    const el = this.open.pop();
    if (el && (el.name === 'svg' || el.name === 'math' || INTEGRATION.has(el.name))) this.context.pop();
  }

  onopentagname(start: number, end: number): void {
    this.emitOpen(this.tagName(start, end));
  }
  onattribname(start: number, end: number): void {
    this.attribute = this.tag ? keptAttribute(this.html, start, end) : undefined;
    this.value = '';
  }
  onattribdata(start: number, end: number): void {
    if (this.attribute) this.value += this.html.slice(start, end);
  }
  onattribentity(codepoint: number): void {
    if (this.attribute) this.value += String.fromCodePoint(codepoint);
  }
  onattribend(_quote: QuoteType, _end: number): void {
    const el = this.tag;
    const name = this.attribute;
    this.attribute = undefined;
    if (!el || !name || Object.hasOwn(el.attribs, name)) return;
    const value = this.value.includes('&') ? decodeHTMLAttribute(this.value) : this.value;
    // Like a DOM, the first of repeated attributes counts.
    el.attribs[name] = value;
    if (name === 'hidden' || (name === 'style' && HIDING_STYLE.test(value))) el.hidden = true;
  }
  onopentagend(): void {
    this.endOpen();
  }
  onselfclosingtag(): void {
    if (this.isInForeignContext()) this.closeCurrent();
    else this.endOpen();
  }
  onclosetag(start: number, end: number): void {
    const name = this.tagName(start, end);
    if (VOID.has(name)) {
      if (name === 'br') this.top().children.push({ name: 'br', attribs: {}, children: [] });
      return;
    }
    let at = this.open.length - 1;
    while (at >= 0 && this.open[at]?.name !== name) at--;
    if (at >= 0) while (this.open.length > at) this.pop();
    else if (name === 'p') {
      this.emitOpen('p');
      this.closeCurrent();
    }
  }
  ontext(start: number, end: number): void {
    const text = this.html.slice(start, end);
    // A start tag cut off by the end of the file comes back as raw text, in the element it would have opened in.
    if (this.tag) return void this.tagParent.children.push(text);
    const top = this.top();
    top.children.push(!RAW_TEXT.has(top.name) && text.includes('&') ? decodeHTML(text) : text);
  }
  ontextentity(codepoint: number): void {
    this.top().children.push(String.fromCodePoint(codepoint));
  }
  oncdata(start: number, end: number, offset: number): void {
    if (this.isInForeignContext()) this.top().children.push(this.html.slice(start, end - offset));
  }
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}
}

/** HTML text → a light element tree, with htmlparser2's tokenizer and tree rules (unclosed <td>, <p>, … closed as it does). */
export function parseHtml(html: string): HtmlElement {
  const builder = new TreeBuilder(html);
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: false }, builder);
  tokenizer.write(html);
  tokenizer.end();
  return builder.root;
}

/** The first element (depth first) that `test` accepts, under `node`'s children. */
export function findElement(node: HtmlElement, test: (el: HtmlElement) => boolean): HtmlElement | undefined {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/** All text under an element, in document order. */
export function textContent(node: HtmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}
