import { describe, expect, it } from 'vitest';
import { lex } from '../../src/parse/lex.ts';
import { tokenize } from '../../src/parse/tokenize.ts';

const kinds = (t: string): string[] => lex(tokenize(t, 'x.txt')).map((k) => `${k.kind}:${k.text}`);

describe('lex(doc)', () => {
  it('splits a PDF line into a label and numbers', () => {
    expect(kinds('规章 0 0 0')).toEqual(['text:规章', 'num:0', 'num:0', 'num:0']);
  });
  it('gives the glued ordinal of the next row to the next label', () => {
    expect(kinds('事务信息3200000326.属于四类')).toEqual(['text:事务信息', 'num:320000032', 'ord:6.', 'text:属于四类']);
  });
  it('keeps decimals and units with their number', () => {
    expect(kinds('收费24252.311082 1646.5万元')).toEqual(['text:收费', 'num:24252.311082', 'num:1646.5万元']);
  });
  it('reads —, / and 无 cells as null tokens, and empty cells as blanks', () => {
    expect(kinds('规章 | — | / | 无 | |')).toEqual(['text:规章', 'null:—', 'null:/', 'null:无', 'blank:']);
  });
  it('drops page numbers', () => {
    expect(kinds('0 0\n- 2 -\n0')).toEqual(['num:0', 'num:0', 'num:0']);
  });
  it('splits text at a heading numeral inside a run', () => {
    expect(kinds('建设。二、主动公开')).toEqual(['text:建设。', 'text:二、主动公开']);
  });
  it('positions tokens at their raw line and offset', () => {
    expect(lex(tokenize('x\n规章 10 2', 'x.txt')).map((t) => t.pos)).toEqual([
      { line: 1, offset: 0 }, { line: 2, offset: 0 }, { line: 2, offset: 3 }, { line: 2, offset: 6 },
    ]);
  });
});

describe('lex(doc) ordinals', () => {
  it('reads "⑴" and "1)" before a label as ordinals, not values', () => {
    expect(kinds('其他处理⑴逾期不补正')).toEqual(['text:其他处理(', 'ord:1.', 'text:逾期不补正']);
    expect(kinds('2)重复申请 0')).toEqual(['ord:2.', 'text:重复申请', 'num:0']);
  });
});

describe('lex(doc) prose numbers', () => {
  it('reads a number followed by a measure word or date unit as text', () => {
    expect(kinds('共收到8件 2021年 100%')).toEqual(['text:共收到', 'text:8件', 'text:2021年', 'text:100%']);
  });
  it('reads dashes glued between digits as a null cell and a minus before digits as a sign', () => {
    expect(kinds('许可25—3 26-20')).toEqual(['text:许可', 'num:25', 'null:—', 'num:3', 'num:26', 'num:-20']);
  });
});
