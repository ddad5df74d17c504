/** HTML names and the tree rules of htmlparser2's Parser (v12), so the light tree matches the DOM it builds. */

export const KEPT_ATTRIBUTES = new Set(['style', 'hidden', 'colspan', 'rowspan']);
export const HIDING_STYLE = /display\s*:\s*none|mso-hide\s*:\s*all/i;
/** Elements whose text the tokenizer hands over raw (no entities: RCDATA title and textarea are decoded). */
export const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
export const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P = new Set(['p']);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
export const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['a', new Set(['a'])], ['li', new Set(['li'])], ['p', P],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h): [string, Set<string>] => [h, HEADING]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((f): [string, Set<string>] => [f, FORM]),
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])], ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
    'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((b): [string, Set<string>] => [b, P]),
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
]);
export const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignObject', 'desc', 'title']);
export type Context = 'html' | 'svg' | 'math';

/** Whether html[start…] spells `name` (lower case), ignoring the case of letters. */
function spells(html: string, start: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const want = name.charCodeAt(i);
    const got = html.charCodeAt(start + i);
    if (got !== want && !(want >= 0x61 && want <= 0x7a && (got | 0x20) === want)) return false;
  }
  return true;
}

/** Names a Word or CMS page repeats thousands of times, found without slicing (slices of a large page are costly). */
const COMMON_NAMES = new Map<number, string[]>();
for (const name of ['p', 'td', 'tr', 'th', 'span', 'table', 'tbody', 'div', 'br', 'font', 'b', 'strong', 'o:p', 'a', 'img', 'col', 'colgroup', 'thead', 'tfoot', 'center', 'u', 'i', 'em', 'sup', 'sub', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'section', 'article', 'html', 'head', 'body', 'meta', 'title', 'link', 'style', 'script']) {
  const key = (name.charCodeAt(0) << 8) | name.length;
  COMMON_NAMES.set(key, [...(COMMON_NAMES.get(key) ?? []), name]);
}

export function nameAt(html: string, start: number, end: number): string {
  const length = end - start;
  const common = length < 256 ? COMMON_NAMES.get(((html.charCodeAt(start) | 0x20) << 8) | length) : undefined;
  for (const name of common ?? []) if (spells(html, start, name)) return name;
  return html.slice(start, end).toLowerCase();
}

export function keptAttribute(html: string, start: number, end: number): string | undefined {
  for (const name of KEPT_ATTRIBUTES) if (end - start === name.length && spells(html, start, name)) return name;
  return undefined;
}

