import { describe, expect, it } from 'vitest';
import { splitRow } from '../../src/parse/splits.ts';
import type { Atom } from '../../src/parse/types.ts';

const run = (digits: string): Atom => ({ value: Number(digits), raw: digits, pos: { line: 1, offset: 0 }, digits });
const values = (atoms: Atom[], n: number): (number | null)[][] => splitRow(atoms, n).vectors.map((v) => v.map((s) => s.value));

describe('splitRow(atoms, n)', () => {
  it('keeps n separated values as they are', () => {
    expect(values([run('64'), run('0'), run('2')], 3)).toEqual([[64, 0, 2]]);
  });
  it('enumerates every split of a glued run without leading zeros', () => {
    expect(values([run('000')], 3)).toEqual([[0, 0, 0]]);
    expect(values([run('3020')], 3)).toEqual([[3, 0, 20], [30, 2, 0]]);
  });
  it('uses whitespace inside a run as a cell boundary', () => {
    expect(values([run('500000'), run('5')], 7)).toEqual([[5, 0, 0, 0, 0, 0, 5]]);
  });
  it('reports too few and too many values instead of guessing', () => {
    expect(splitRow([run('1'), run('2')], 3).problem).toBe('too-few');
    expect(splitRow([run('1'), run('2'), run('3')], 2).problem).toBe('too-many');
  });
  it('drops trailing blank cells beyond the row width', () => {
    const blank: Atom = { value: null, raw: '', pos: { line: 1, offset: 0 } };
    expect(values([run('1'), run('2'), blank, blank], 2)).toEqual([[1, 2]]);
  });
  it('stops at its cap on a long run and says so', () => {
    const r = splitRow([run('1'.repeat(60))], 15, { maxVectors: 100 });
    expect(r.capped).toBe(true);
    expect(r.vectors.length).toBeLessThanOrEqual(100);
  });
  it('positions each part at its offset inside the run', () => {
    expect(splitRow([run('120')], 2).vectors.map((v) => v.map((s) => ('line' in s.pos ? s.pos.offset : -1)))).toEqual([[0, 1], [0, 2]]);
  });
});
