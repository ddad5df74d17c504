const collator = new Intl.Collator('zh-CN-u-co-pinyin');
let ranks = new Map<string, number>();

/**
 * Each name's place in pinyin order (the order Chinese readers expect in lists), kept across calls: sorting a
 * province's 10,000 agency names with the collator on every filter change cost ~25 ms, while ranked names sort
 * as numbers. Names not seen before re-rank everything once.
 */
export function pinyinRanks(names: readonly string[]): ReadonlyMap<string, number> {
  if (names.some((n) => !ranks.has(n))) {
    const all = [...new Set([...ranks.keys(), ...names])].sort(collator.compare);
    ranks = new Map(all.map((n, i) => [n, i]));
  }
  return ranks;
}
