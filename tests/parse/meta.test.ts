import { describe, expect, it } from 'vitest';
import { readMeta } from '../../src/parse/meta.ts';
import { tokenize } from '../../src/parse/tokenize.ts';

const meta = (text: string, file = 'x.txt') => readMeta(tokenize(text, file));

describe('readMeta(doc)', () => {
  it('reads agency and year from a title line', () => {
    expect(meta('下冶镇人民政府2020年政府信息公开工作年度报告\n一、总体情况')).toMatchObject({ agency: '下冶镇人民政府', year: 2020, yearFrom: 'title' });
  });
  it('takes the agency from the line above a title without one', () => {
    expect(meta('孝感市人民政府办公室\n2020年政府信息公开工作年度报告')).toMatchObject({ agency: '孝感市人民政府办公室', year: 2020 });
  });
  it('strips mirror-site junk from the agency', () => {
    expect(meta('puroview.com东城街道2019年政府信息公开工作年度报告')).toMatchObject({ agency: '东城街道', year: 2019 });
  });
  it('ignores body sentences and previous-year titles quoted in the narrative', () => {
    const text = '一、总体情况\n形成《下冶镇 2019年政府信息公开工作年度报告》，并在宣传栏上发布。';
    expect(meta(text, 'xiaye-2020.txt')).toMatchObject({ agency: null, year: 2020, yearFrom: 'file' });
  });
  it('reads the crawler metadata title first', () => {
    expect(meta('标题: 平潭综合实验区2021年度政府信息公开工作年度报告\n=== 正文 ===\n正文')).toMatchObject({ agency: '平潭综合实验区', year: 2021 });
  });
  it('has no year when neither title nor file name gives one', () => {
    expect(meta('一、总体情况', 'report.txt')).toMatchObject({ year: null, yearFrom: 'none' });
  });
});

describe('readMeta(doc) page titles', () => {
  it('accepts a page title with a site suffix', () => {
    const doc = { file: 'a.html', format: 'html' as const, title: '某某镇2022年政府信息公开工作年度报告_某某县人民政府', lines: [] };
    expect(readMeta(doc)).toMatchObject({ agency: '某某镇', year: 2022 });
  });
});
