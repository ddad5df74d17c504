import { describe, expect, it } from 'vitest';
import { defaultChartAxes, formatCell, isNumericType, sortOrder, visibleRange } from '../../../src/features/sql/result-rows.ts';

describe('visibleRange(scrollTop, viewport, rowHeight, total, overscan)', () => {
  it('covers the viewport plus overscan, clamped to the rows', () => {
    expect(visibleRange(0, 280, 28, 100_000, 5)).toEqual({ first: 0, last: 15 });
    expect(visibleRange(28 * 50_000, 280, 28, 100_000, 5)).toEqual({ first: 49_995, last: 50_015 });
    expect(visibleRange(28 * 99_999, 280, 28, 100_000, 5)).toEqual({ first: 99_994, last: 100_000 });
    expect(visibleRange(0, 280, 28, 0)).toEqual({ first: 0, last: 0 });
  });
});

describe('sortOrder(rows, column, direction)', () => {
  const rows = [[3, 'b'], [null, 'a'], [1, '乙'], [2, null], [1, '甲']];
  it('sorts numbers numerically with NULLs last and keeps ties in query order', () => {
    expect(sortOrder(rows, 0, 'asc')).toEqual([2, 4, 3, 0, 1]);
    expect(sortOrder(rows, 0, 'desc')).toEqual([0, 3, 2, 4, 1]);
  });
  it('sorts text in Chinese collation (甲 before 乙 by pinyin) with NULLs last', () => {
    expect(sortOrder(rows, 1, 'asc')).toEqual([4, 2, 1, 0, 3]);
    expect(sortOrder(rows, 1, 'desc')).toEqual([0, 1, 2, 4, 3]);
  });
  it('sorts 100,000 rows', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => [(i * 7919) % 100_000]);
    const order = sortOrder(many, 0, 'asc');
    expect(order.slice(0, 3).map((i) => many[i]?.[0])).toEqual([0, 1, 2]);
  });
});

describe('formatCell(value)', () => {
  it('spells NULL, trims float noise and shows lists and structs as JSON', () => {
    expect(formatCell(null)).toBe('NULL');
    expect(formatCell(0.1 + 0.2)).toBe('0.3');
    expect(formatCell(12)).toBe('12');
    expect(formatCell([1, 2])).toBe('[1,2]');
    expect(formatCell({ a: 1 })).toBe('{"a":1}');
    expect(formatCell(true)).toBe('true');
  });
});

describe('isNumericType(type)', () => {
  it('knows Arrow numeric types', () => {
    expect(['Int32', 'Float64', 'Uint8', 'Decimal[10e+2]'].every(isNumericType)).toBe(true);
    expect(['Utf8', 'Date32<DAY>', 'Bool', 'List<Int32>'].some(isNumericType)).toBe(false);
  });
});

describe('defaultChartAxes(columns)', () => {
  const col = (name: string, type: string) => ({ name, type });
  it('puts a year on x, the first DOUBLE on y and a text column as series', () => {
    expect(defaultChartAxes([col('year', 'Int32'), col('kind', 'Utf8'), col('received_new', 'Float64')])).toEqual({ x: 0, y: 2, series: 1 });
  });
  it('puts the first text column on x without series when there is no year', () => {
    expect(defaultChartAxes([col('ord', 'Int32'), col('agency_name', 'Utf8'), col('n', 'Float64')])).toEqual({ x: 1, y: 2, series: null });
  });
  it('never picks the x column as y when another numeric column exists', () => {
    expect(defaultChartAxes([col('i', 'Float64'), col('r', 'Float64')])).toEqual({ x: 0, y: 1, series: null });
    expect(defaultChartAxes([col('i', 'Float64')])).toEqual({ x: 0, y: 0, series: null });
  });
});
