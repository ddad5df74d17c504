const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** One quoted field starting at `from` (the opening quote): its text with doubled quotes undone, and where it ends. */
function quoted(text: string, from: number): [string, number] {
  let out = '';
  let at = from + 1;
  for (;;) {
    const q = text.indexOf('"', at);
    if (q < 0) throw new Error(`CSV: quote opened at ${from} never closes`);
    if (text.charCodeAt(q + 1) !== QUOTE) return [out + text.slice(at, q), q + 1];
    out += text.slice(at, q + 1);
    at = q + 2;
  }
}

/**
 * Visit each row of RFC 4180 CSV text (header row included), read as DuckDB reads our files (`quote = '"'`,
 * `escape = '"'`, `allow_quoted_nulls = false`): an empty unquoted field is null, `""` an empty string.
 * The row array is reused from one row to the next: copy what you keep.
 */
export function eachCsvRow(text: string, visit: (row: readonly (string | null)[]) => void): void {
  const row: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    let field: string | null;
    if (text.charCodeAt(i) === QUOTE) [field, i] = quoted(text, i);
    else {
      let j = i;
      for (let c = text.charCodeAt(j); j < text.length && c !== COMMA && c !== LF && c !== CR; c = text.charCodeAt(++j));
      field = j === i ? null : text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (text.charCodeAt(i) === COMMA) {
      i += 1;
      if (i === text.length) row.push(null);
      continue;
    }
    if (text.charCodeAt(i) === CR) i += 1;
    if (text.charCodeAt(i) === LF) i += 1;
    else if (i < text.length && text.charCodeAt(i - 1) !== CR) throw new Error(`CSV: text after a closing quote at ${i}`);
    visit(row);
    row.length = 0;
  }
  if (row.length > 0) visit(row);
}
