import { describe, expect, it } from 'vitest';
import { pageOf } from '../../src/ui/paging.ts';

const names = Array.from({ length: 10_000 }, (_, i) => `第${i + 1}镇人民政府`);

describe('pageOf(rows, search, page, size, text)', () => {
  it('cuts 10,000 rows into pages and clamps a page past the end', () => {
    const p = pageOf(names, '', 3, 50, String);
    expect(p).toMatchObject({ matched: 10_000, start: 150, page: 3, pages: 200 });
    expect(p.rows).toHaveLength(50);
    expect(p.rows[0]).toBe('第151镇人民政府');
    expect(pageOf(names, '', 999, 50, String).page).toBe(199);
  });

  it('searches by name ignoring case and spaces, then pages the matches', () => {
    const p = pageOf(names, ' 第999 ', 0, 5, String);
    expect(p.matched).toBe(11);
    expect(p.rows).toEqual(['第999镇人民政府', '第9990镇人民政府', '第9991镇人民政府', '第9992镇人民政府', '第9993镇人民政府']);
    expect(pageOf(['Police Bureau'], 'police', 0, 5, String).rows).toEqual(['Police Bureau']);
  });

  it('has one empty page when nothing matches', () => {
    expect(pageOf(names, '没有', 2, 50, String)).toEqual({ rows: [], matched: 0, start: 0, page: 0, pages: 1 });
  });
});
