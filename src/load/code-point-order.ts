// UTF-16 code units ordered as code points (surrogates after U+E000–U+FFFF), as DuckDB orders UTF-8 text.
const unit = (c: number): number => (c >= 0xe000 ? c - 0x800 : c >= 0xd800 ? c + 0x2000 : c);

/** Compare two strings as DuckDB's ORDER BY does (code-point order). */
export function byCodePoint(a: string, b: string): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a.charCodeAt(i), b.charCodeAt(i)];
    if (x !== y) return unit(x) - unit(y);
  }
  return a.length - b.length;
}
