/** Where a DuckDB error points, as offsets into the statement text it was given. */
export interface ErrorSpan {
  from: number;
  to: number;
}

// DuckDB renders "LINE n: <the line, cut to ~80 columns with '...'>" and a caret under the error, counting
// East Asian wide characters as two columns.
const CONTEXT = /\n\nLINE (\d+): (.*)\n( *)\^/;

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** The offset in `line`, from `from`, whose rendered column is `width`. */
function offsetAtWidth(line: string, from: number, width: number): number {
  let w = 0;
  let i = from;
  while (i < line.length && w < width) {
    const cp = line.codePointAt(i) as number;
    w += isWide(cp) ? 2 : 1;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** The message without DuckDB's rendered context (it is shown in the editor instead). */
export function errorSummary(message: string): string {
  const at = message.search(/\n\nLINE \d+: /);
  return (at < 0 ? message : message.slice(0, at)).trim();
}

/** Map DuckDB's "LINE n:" + caret to a span of `statement`: the word under the caret, at least one character. */
export function errorSpan(message: string, statement: string): ErrorSpan | null {
  const m = CONTEXT.exec(message);
  if (!m) return null;
  const [, lineNo = '1', rendered = '', spaces = ''] = m;
  const lines = statement.split('\n');
  const line = lines[Number(lineNo) - 1];
  if (line === undefined) return null;
  const lineStart = lines.slice(0, Number(lineNo) - 1).reduce((sum, l) => sum + l.length + 1, 0);
  let snippet = rendered;
  let caret = spaces.length - `LINE ${lineNo}: `.length;
  if (snippet.startsWith('...')) {
    snippet = snippet.slice(3);
    caret -= 3;
  }
  if (snippet.endsWith('...') && !line.endsWith(snippet)) snippet = snippet.slice(0, -3);
  const found = line.indexOf(snippet);
  const from = offsetAtWidth(line, Math.max(0, found), Math.max(0, caret));
  const word = /^[\w\u0080-\uffff]+|^"[^"]*"?|^'[^']*'?/.exec(line.slice(from))?.[0] ?? '';
  const to = Math.min(line.length, from + Math.max(1, word.length));
  return { from: lineStart + Math.min(from, line.length), to: lineStart + Math.max(to, Math.min(from, line.length)) };
}
