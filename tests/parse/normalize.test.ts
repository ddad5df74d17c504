import { describe, expect, it } from 'vitest';
import { canonicalLabel, normalize } from '../../src/parse/normalize.ts';

describe('normalize(raw)', () => {
  it('maps radical look-alikes from PDF fonts to ideographs (U+2F00 and U+2E80 blocks)', () => {
    expect(normalize('⼀、总体情况').text).toBe('一、总体情况');
    expect(normalize('⼈⺠政府').text).toBe('人民政府');
  });
  it('makes full-width punctuation and digits half-width', () => {
    expect(normalize('（一）予以公开１２').text).toBe('(一)予以公开12');
  });
  it('converts Traditional to Simplified', () => {
    expect(normalize('收到和處理政府信息公開申請情況').text).toBe('收到和处理政府信息公开申请情况');
  });
  it('keeps a map from every normalised character to its raw index', () => {
    const n = normalize('ab（１）');
    expect(n.text).toBe('ab(1)');
    expect(n.map).toEqual([0, 1, 2, 3, 4]);
    expect(normalize('㈠x').map).toEqual([0, 0, 0, 1]);
  });
});

describe('canonicalLabel(text)', () => {
  it('rewrites label typos and removes spaces', () => {
    expect(canonicalLabel('本年增\\减')).toBe('本年增/减');
    expect(canonicalLabel('二、主动公开政府政府情况')).toBe('二、主动公开政府信息情况');
    expect(canonicalLabel('现行有效件数 (历史累计)')).toBe('现行有效件数(历史累计)');
  });
});
