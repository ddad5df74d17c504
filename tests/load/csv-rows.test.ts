import { describe, expect, it } from 'vitest';
import { eachCsvRow } from '../../src/load/csv-rows.ts';

const rows = (text: string) => {
  const out: (string | null)[][] = [];
  eachCsvRow(text, (row) => out.push([...row]));
  return out;
};

describe('eachCsvRow(text, visit)', () => {
  it('reads empty unquoted fields as null and "" as an empty string, as DuckDB does with allow_quoted_nulls = false', () => {
    expect(rows('a,,""\n')).toEqual([['a', null, '']]);
  });

  it('undoes doubled quotes and keeps commas and line breaks inside quotes', () => {
    expect(rows('"x ""y"", z","1\r\n2"\r\nlast,row')).toEqual([['x "y", z', '1\r\n2'], ['last', 'row']]);
  });

  it('keeps a trailing empty field, at a line end and at the end of the text', () => {
    expect(rows('a,\nb,')).toEqual([['a', null], ['b', null]]);
  });

  it('refuses a quote that never closes and text after a closing quote', () => {
    expect(() => rows('"open\n')).toThrow(/never closes/);
    expect(() => rows('"a"b,c\n')).toThrow(/after a closing quote/);
  });
});
