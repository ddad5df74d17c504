import { describe, expect, it } from 'vitest';
import { isSaved, isString, pushHistory, readStored, removeSaved, saveQuery } from '../../../src/features/sql/query-store.ts';

describe('pushHistory(history, sql, limit)', () => {
  it('puts the query first, once, trimmed, and caps the list', () => {
    expect(pushHistory(['b', 'a'], ' a ')).toEqual(['a', 'b']);
    expect(pushHistory(['c', 'b', 'a'], 'd', 3)).toEqual(['d', 'c', 'b']);
    expect(pushHistory(['a'], '   ')).toEqual(['a']);
  });
});

describe('saveQuery(saved, entry) and removeSaved(saved, name)', () => {
  it('replaces a query of the same name and keeps names sorted', () => {
    const saved = saveQuery(saveQuery([], { name: 'b', sql: '1' }), { name: 'a', sql: '2' });
    expect(saveQuery(saved, { name: 'b', sql: '3' })).toEqual([{ name: 'a', sql: '2' }, { name: 'b', sql: '3' }]);
    expect(removeSaved(saved, 'a')).toEqual([{ name: 'b', sql: '1' }]);
    expect(saveQuery(saved, { name: '  ', sql: 'x' })).toEqual(saved);
  });
});

describe('readStored(raw, valid)', () => {
  it('keeps well-formed entries and survives anything else', () => {
    expect(readStored('["a", 1, "b"]', isString)).toEqual(['a', 'b']);
    expect(readStored('[{"name":"x","sql":"y"},{"name":1}]', isSaved)).toEqual([{ name: 'x', sql: 'y' }]);
    expect(readStored('not json', isString)).toEqual([]);
    expect(readStored('{"a":1}', isString)).toEqual([]);
    expect(readStored(null, isString)).toEqual([]);
  });
});
