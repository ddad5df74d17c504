import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/parse/document.ts';
import { extractHtml } from '../../../src/parse/extract/index.ts';

const texts = (doc: SourceDocument): string[][] => doc.lines.map((l) => l.cells.map((c) => c.text));
const nums = (...xs: string[]): string => xs.map((x) => `<td>${x}</td>`).join('');

/** Section 三 as the v2021 template lays it out: a 3-column label block, then 7 number columns. */
const T3 = `
<table border=1>
<tr><td colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=7>申请人情况</td></tr>
<tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan=3>一、本年新收政府信息公开申请数量</td>${nums('9', '1', '&nbsp;', '0', '0', '0', '10')}</tr>
<tr><td rowspan=4>三、本年度办理结果</td><td colspan=2>（一）予以公开</td>${nums('5', '1', '0', '0', '0', '0', '6')}</tr>
<tr><td rowspan=2>（三）不予公开</td><td>1.属于国家秘密</td>${nums('0', '0', '0', '0', '0', '0', '0')}</tr>
<tr><td>2.其他法律行政法规禁止公开</td>${nums('1', '&nbsp;', '0', '0', '0', '0', '1')}</tr>
<tr><td colspan=2>（七）总计</td>${nums('9', '1', '0', '0', '0', '0', '10')}</tr>
</table>`;

describe('extractHtml(html, file)', () => {
  it('emits each <tr> as a tableRow line with a spanned cell only at its origin', () => {
    const doc = extractHtml(`<html><body>${T3}</body></html>`, 'r.html');
    expect(doc.lines.every((l) => l.tableRow)).toBe(true);
    expect(texts(doc)).toEqual([
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
      ['自然人', '法人或其他组织', '总计'],
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
      ['一、本年新收政府信息公开申请数量', '9', '1', '', '0', '0', '0', '10'],
      ['三、本年度办理结果', '（一）予以公开', '5', '1', '0', '0', '0', '0', '6'],
      ['（三）不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0'],
      ['2.其他法律行政法规禁止公开', '1', '', '0', '0', '0', '0', '1'],
      ['（七）总计', '9', '1', '0', '0', '0', '0', '10'],
    ]);
  });

  it('keeps the 7 numbers of every t3 row as its last 7 cells, at grid columns 3–9', () => {
    const doc = extractHtml(T3, 'r.html');
    for (const line of doc.lines.slice(3)) {
      expect(line.cells.slice(-7).map((c) => c.pos)).toEqual([3, 4, 5, 6, 7, 8, 9].map((offset) => ({ line: expect.any(Number), offset })));
    }
  });

  it('emits a table caption as a paragraph before its rows', () => {
    const doc = extractHtml('<table><caption>表一 主动公开情况</caption><tr><td>规章</td><td>0</td></tr></table>', 'r.html');
    expect(doc.lines.map((l) => [l.tableRow, ...l.cells.map((c) => c.text)])).toEqual([[false, '表一 主动公开情况'], [true, '规章', '0']]);
  });

  it("keeps &nbsp; cells as '' instead of dropping them", () => {
    const doc = extractHtml('<table><tr><td>规章</td><td>&nbsp;</td><td> &#160; </td><td>3</td></tr></table>', 'r.html');
    expect(texts(doc)).toEqual([['规章', '', '', '3']]);
  });

  it('numbers lines from 1 and gives paragraphs offset 0', () => {
    const doc = extractHtml('<p>一、总体情况</p><table><tr><td>a</td><td>b</td></tr></table>', 'r.html');
    expect(doc.lines.map((l) => l.cells.map((c) => c.pos))).toEqual([[{ line: 1, offset: 0 }], [{ line: 2, offset: 0 }, { line: 2, offset: 1 }]]);
  });

  it('reads Word-pasted markup: inline styles, <o:p>, span soup, conditional comments, <style>, <script>', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><title> 某某镇2021年 政府信息公开工作年度报告 </title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<style>p.MsoNormal{margin:0cm;font-family:"Times New Roman"}</style><script>var s = "<td>x</td>";</script></head>
<body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>
<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'><span style='font-size:16.0pt;font-family:黑体;mso-ascii-font-family:"Times New Roman"'>一、</span><span
style='font-size:16.0pt;font-family:黑体'>总体情况<span lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoListParagraph><![if !supportLists]><span lang=EN-US>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span>主动公开</span></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
<table class=MsoNormalTable border=1 style='border-collapse:collapse;mso-table-layout-alt:fixed'>
<tr style='height:20.0pt'><td width=200 style='width:150pt;border:solid windowtext 1.0pt'><p class=MsoNormal align=center><span style='font-family:仿宋_GB2312'>行政许可<o:p></o:p></span></p></td>
<td style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center><span lang=EN-US>1<span style='mso-spacerun:yes'> </span>234<o:p></o:p></span></p></td></tr>
</table><p>第二段<br>第三段</p></div></body></html>`;
    const doc = extractHtml(html, 'word.htm');
    expect(doc.title).toBe('某某镇2021年 政府信息公开工作年度报告');
    expect(texts(doc)).toEqual([['一、总体情况'], ['1. 主动公开'], ['行政许可', '1 234'], ['第二段'], ['第三段']]);
    expect(doc.lines[2]?.tableRow).toBe(true);
  });

  it('reads a table nested in a layout table as rows, and the layout cells as paragraphs', () => {
    const html = `<table width=900><tr><td><p>某某局2020年年度报告</p>
<table><tr><td>行政处罚</td><td>12</td></tr></table><p>五、存在的主要问题</p></td><td>侧栏</td></tr></table>`;
    const doc = extractHtml(html, 'n.html');
    expect(texts(doc)).toEqual([['某某局2020年年度报告'], ['行政处罚', '12'], ['五、存在的主要问题'], ['侧栏']]);
    expect(doc.lines.map((l) => l.tableRow)).toEqual([false, true, false, false]);
  });

  it('drops hidden elements (injected spam) and blank spacer rows', () => {
    const html = '<div style="display: none">澳门赌场</div><p>正文</p><table><tr><td>&nbsp;</td><td></td></tr><tr><td>a</td></tr></table>';
    expect(texts(extractHtml(html, 'spam.html'))).toEqual([['正文'], ['a']]);
  });

  it('collapses whitespace runs (newlines, NBSP, ideographic space) but keeps full-width and radical characters raw', () => {
    const doc = extractHtml('<p>  （一）\n  予以公开　&nbsp;\t⼀、</p>', 'w.html');
    expect(texts(doc)).toEqual([['（一）予以公开 ⼀、']]);
  });
});

describe('extractHtml(html, file) on loose markup', () => {
  it('closes implied </td>, </tr> and </p> like a browser', () => {
    expect(texts(extractHtml('<table><tr><td>a<td>b<tr><td>c<td>&nbsp;</table><p>x<p>y', 'x.html'))).toEqual([['a', 'b'], ['c', ''], ['x'], ['y']]);
  });

  it('drops a source line break between two Chinese characters but keeps one next to a digit', () => {
    expect(texts(extractHtml('<p>本机关认真\n  贯彻落实 2021\n年</p>', 'x.html'))).toEqual([['本机关认真贯彻落实 2021 年']]);
  });
});
