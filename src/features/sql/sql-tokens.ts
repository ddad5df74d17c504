/** A lexical token of DuckDB SQL; comments and whitespace are dropped. Offsets index the source text. */
export interface Token {
  kind: 'word' | 'quoted' | 'string' | 'number' | 'punct';
  /** Lower-cased for words, unquoted for strings and quoted identifiers, as written otherwise. */
  value: string;
  start: number;
  end: number;
}

/** One statement of a script: its tokens and the span from its first to its last token. */
export interface Statement {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[\w$\u0080-\uffff]/;

function skipBlockComment(text: string, i: number): number {
  let depth = 0;
  while (i < text.length) {
    if (text.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (text.startsWith('*/', i)) {
      i += 2;
      if (--depth === 0) return i;
    } else i++;
  }
  return i;
}

/** Quoted run from `i` (at the opening quote) where a doubled quote is an escaped quote. */
function readQuoted(text: string, i: number, quote: string, backslash = false): { value: string; end: number } {
  let value = '';
  let j = i + 1;
  while (j < text.length) {
    const c = text[j] as string;
    const escaped = (backslash && c === '\\') || (c === quote && text[j + 1] === quote);
    if (escaped && j + 1 < text.length) {
      value += text[j + 1];
      j += 2;
    } else if (c === quote) return { value, end: j + 1 };
    else {
      value += c;
      j++;
    }
  }
  return { value, end: j };
}

function readDollar(text: string, i: number): { value: string; end: number } | null {
  const tag = /^\$([A-Za-z_]\w*)?\$/.exec(text.slice(i, i + 64))?.[0];
  if (!tag) return null;
  const close = text.indexOf(tag, i + tag.length);
  const end = close < 0 ? text.length : close + tag.length;
  return { value: text.slice(i + tag.length, close < 0 ? text.length : close), end };
}

function next(text: string, i: number): Token | number {
  const c = text[i] as string;
  if (/\s/.test(c)) return i + 1;
  if (text.startsWith('--', i)) {
    const nl = text.indexOf('\n', i);
    return nl < 0 ? text.length : nl + 1;
  }
  if (text.startsWith('/*', i)) return skipBlockComment(text, i);
  if (c === "'") return { kind: 'string', start: i, ...readQuoted(text, i, "'") };
  if (c === '"') return { kind: 'quoted', start: i, ...readQuoted(text, i, '"') };
  if ((c === 'e' || c === 'E') && text[i + 1] === "'") return { kind: 'string', start: i, ...readQuoted(text, i + 1, "'", true) };
  if (c === '$') {
    const dollar = readDollar(text, i);
    if (dollar) return { kind: 'string', start: i, ...dollar };
  }
  if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
    const m = /^[0-9_]*\.?[0-9_]*(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i)) as RegExpExecArray;
    return { kind: 'number', value: m[0], start: i, end: i + Math.max(1, m[0].length) };
  }
  if (WORD_START.test(c)) {
    let j = i + 1;
    while (j < text.length && WORD_PART.test(text[j] as string)) j++;
    return { kind: 'word', value: text.slice(i, j).toLowerCase(), start: i, end: j };
  }
  return { kind: 'punct', value: c, start: i, end: i + 1 };
}

/** Tokenise SQL text, skipping `--` and nested block comments; string and identifier quoting is honoured. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const t = next(text, i);
    if (typeof t === 'number') i = t;
    else {
      tokens.push(t);
      i = t.end;
    }
  }
  return tokens;
}

/** Split a script at top-level semicolons; statements with no tokens are left out. */
export function splitStatements(text: string): Statement[] {
  const out: Statement[] = [];
  let current: Token[] = [];
  const flush = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) out.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end, tokens: current });
    current = [];
  };
  for (const t of tokenize(text)) {
    if (t.kind === 'punct' && t.value === ';') flush();
    else current.push(t);
  }
  flush();
  return out;
}
