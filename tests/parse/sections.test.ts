import { describe, expect, it } from 'vitest';
import { lex } from '../../src/parse/lex.ts';
import { layoutOf } from '../../src/parse/sections.ts';
import { tokenize } from '../../src/parse/tokenize.ts';
import type { Token } from '../../src/parse/types.ts';

function headingTexts(text: string): Record<string, string> {
  const tokens: Token[] = lex(tokenize(text, 'x.txt'));
  const { headings } = layoutOf(tokens);
  return Object.fromEntries(Object.entries(headings).map(([n, i]) => [n, i === undefined ? '' : tokens[i]?.text ?? '']));
}

describe('layoutOf(tokens)', () => {
  it('finds headings by numeral and keyword, whatever their wording', () => {
    const text = '一、政府信息公开工作的总体情况\n二、行政机关主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政法复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项';
    expect(Object.keys(headingTexts(text))).toEqual(['1', '2', '3', '4', '5', '6']);
  });
  it('accepts the typo 主动公开政府政府情况', () => {
    expect(headingTexts('二、主动公开政府政府情况')).toEqual({ 2: '二、主动公开政府政府情况' });
  });
  it('ignores parenthesised numerals and t3 row labels that start with a numeral', () => {
    const text = '(二)政府信息主动公开情况\n三、收到和处理政府信息公开申请情况\n二、上年结转政府信息公开申请数量 0\n四、结转下年度继续办理 0\n四、政府信息公开行政复议、行政诉讼情况';
    expect(headingTexts(text)).toEqual({ 3: '三、收到和处理政府信息公开申请情况', 4: '四、政府信息公开行政复议、行政诉讼情况' });
  });
  it('finds a heading in the middle of web textContent', () => {
    expect(headingTexts('…提供了重要保障。二、主动公开政府信息情况 第二十条')).toEqual({ 2: '二、主动公开政府信息情况' });
  });
  it('starts tables at their anchors when headings are missing', () => {
    const tokens = lex(tokenize('第二十条第(一)项\n规章 0 0 0\n(本列数据的勾稽关系为:第一项加第二项之和)\n一、本年新收政府信息公开申请数量 0', 'x.txt'));
    const { tables } = layoutOf(tokens);
    expect(tables.t2?.[0]).toBe(0);
    expect(tokens[tables.t3?.[0] ?? -1]?.text).toMatch(/^\(本列数据/);
  });
});
