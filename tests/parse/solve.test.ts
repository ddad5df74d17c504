import { describe, expect, it } from 'vitest';
import { filterBy, rowSums, solveJoint, type Constraint } from '../../src/parse/solve.ts';
import type { Slot } from '../../src/parse/types.ts';

const row = (...v: (number | null)[]): Slot[] => v.map((value) => ({ value, raw: String(value), pos: { line: 1, offset: 0 } }));

describe('solve', () => {
  it('rowSums checks that the last cell is the sum, undefined on a blank', () => {
    expect(rowSums(row(27, 0, 0, 2, 0, 1, 30))).toBe(true);
    expect(rowSums(row(2, 7, 0, 0, 20, 1, 30))).toBe(true);
    expect(rowSums(row(1, 2, 4))).toBe(false);
    expect(rowSums(row(1, 2, null))).toBeUndefined();
  });
  it('filterBy narrows only when some candidate passes', () => {
    expect(filterBy([1, 2, 3], (x) => x > 2)).toEqual([3]);
    expect(filterBy([1, 2, 3], (x) => x > 5)).toEqual([1, 2, 3]);
  });
  it('solveJoint keeps the combinations that satisfy the column rules', () => {
    const rows = new Map([
      ['a', [row(2, 7), row(27, 0)]],
      ['b', [row(27, 0)]],
    ]);
    const same: Constraint = (pick) => pick('a')?.[1]?.value === pick('b')?.[1]?.value;
    expect(solveJoint(rows, [same]).rows.get('a')).toEqual([row(27, 0)]);
  });
  it('solveJoint gives up when the combinations exceed its cap', () => {
    const many = Array.from({ length: 200 }, (_, i) => row(i));
    const rows = new Map([['a', many], ['b', many]]);
    expect(solveJoint(rows, [], 1000).capped).toBe(true);
  });
});
