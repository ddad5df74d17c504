import { describe, expect, it } from 'vitest';
import { splitStatements, tokenize } from '../../../src/features/sql/sql-tokens.ts';

const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.value}`);

describe('tokenize(text)', () => {
  it('lower-cases words and keeps offsets into the text', () => {
    const [t] = tokenize('  SELECT');
    expect(t).toEqual({ kind: 'word', value: 'select', start: 2, end: 8 });
  });
  it('reads strings with doubled quotes and E-strings with backslash escapes', () => {
    expect(kinds("'it''s' E'a\\'b'")).toEqual(["string:it's", "string:a'b"]);
  });
  it('reads quoted identifiers with doubled quotes', () => {
    expect(kinds('"a""b"')).toEqual(['quoted:a"b']);
  });
  it('reads dollar-quoted strings, tagged or not, and leaves $1 parameters alone', () => {
    expect(kinds('$$a;b$$ $x$c$$d$x$ $1')).toEqual(['string:a;b', 'string:c$$d', 'punct:$', 'number:1']);
  });
  it('skips line comments and nested block comments', () => {
    expect(kinds('a -- b\n/* c /* d */ e */ f')).toEqual(['word:a', 'word:f']);
  });
  it('takes Chinese identifiers as words', () => {
    expect(kinds('SELECT 公开率')).toEqual(['word:select', 'word:公开率']);
  });
  it('runs an unterminated string or comment to the end instead of looping', () => {
    expect(kinds("SELECT 'abc")).toEqual(['word:select', 'string:abc']);
    expect(kinds('SELECT /* abc')).toEqual(['word:select']);
  });
  it('reads numbers with decimals and exponents', () => {
    expect(kinds('1.5e3 .5 10')).toEqual(['number:1.5e3', 'number:.5', 'number:10']);
  });
});

describe('splitStatements(text)', () => {
  it('splits at semicolons outside strings, comments and quotes, and drops empty statements', () => {
    const text = "SELECT ';'; -- x; y\n;SELECT \"a;b\" /* ; */;";
    expect(splitStatements(text).map((s) => s.text)).toEqual(["SELECT ';'", 'SELECT "a;b"']);
  });
  it('gives each statement its span in the script', () => {
    const text = 'SELECT 1;\n  SELECT 2';
    const [, second] = splitStatements(text);
    expect(second && text.slice(second.start, second.end)).toBe('SELECT 2');
  });
});
