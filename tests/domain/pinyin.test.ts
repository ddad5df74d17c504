import { describe, expect, it } from 'vitest';
import { pinyinRanks } from '../../src/domain/index.ts';

const byRank = (names: string[]) => {
  const ranks = pinyinRanks(names);
  return [...names].sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0));
};

describe('pinyinRanks', () => {
  it('orders names by pinyin, as the collator does', () => {
    const names = ['张家镇', '安平街道', '白石乡', '城关镇', '阿里局'];
    expect(byRank(names)).toEqual([...names].sort(new Intl.Collator('zh-CN-u-co-pinyin').compare));
  });

  it('ranks names seen later among those seen before', () => {
    byRank(['城关镇', '张家镇']);
    expect(byRank(['张家镇', '白石乡', '城关镇', '东风街道'])).toEqual(['白石乡', '城关镇', '东风街道', '张家镇']);
  });
});
