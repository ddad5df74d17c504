import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/parse/tokenize.ts';

const texts = (t: string): string[][] => tokenize(t, 'x.txt').lines.map((l) => l.cells.map((c) => c.text));

describe('tokenize(text)', () => {
  it('keeps one cell per plain line and drops blank lines', () => {
    expect(texts('规章 0 0 0\n\n行政许可\n1')).toEqual([['规章 0 0 0'], ['行政许可'], ['1']]);
  });
  it('splits pipe rows into cells and keeps spacer cells blank', () => {
    expect(texts('规章 | 0 | 0 | 0 |\n第二十条第(一)项 | ||||')).toEqual([['规章', '0', '0', '0'], ['第二十条第(一)项', '', '', '', '']]);
  });
  it('treats a lone "|" as a blank cell when cells end in " |", as a separator otherwise', () => {
    expect(texts('规章 |\n0 |\n|\n')).toEqual([['规章'], ['0'], ['']]);
    expect(texts('规章\n|\n0\n|\n6')).toEqual([['规章'], ['0'], ['6']]);
  });
  it('drops a leading pipe of "| a | b"', () => {
    expect(texts('| 自然人 | 法人或其他组织')).toEqual([['自然人', '法人或其他组织']]);
  });
  it('reads a crawler metadata header and skips it', () => {
    const doc = tokenize('标题: 某镇2021年政府信息公开工作年度报告\n发布时间: 2022-01-02\n=== 正文 ===\n一、总体情况', 'x.txt');
    expect(doc.title).toBe('某镇2021年政府信息公开工作年度报告');
    expect(doc.publishDate).toBe('2022-01-02');
    expect(doc.lines.map((l) => l.cells[0]?.text)).toEqual(['一、总体情况']);
  });
  it('gives each cell its 1-based line and 0-based offset', () => {
    const doc = tokenize('\n规章 | 0 |', 'x.txt');
    expect(doc.lines[0]?.cells.map((c) => c.pos)).toEqual([{ line: 2, offset: 0 }, { line: 2, offset: 5 }]);
  });
});
