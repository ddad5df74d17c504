import { describe, expect, it } from 'vitest';
import { findElement, parseHtml, textContent } from '../../../src/parse/extract/html-tree.ts';
import type { HtmlNode } from '../../../src/parse/extract/html-tree.ts';

/** The tree as nested arrays: an element is [name, ...children], text stays a string. */
type Shape = string | [string, ...Shape[]];
const shape = (node: HtmlNode): Shape => (typeof node === 'string' ? node : [node.name, ...node.children.map(shape)]);
const tree = (html: string): Shape[] => parseHtml(html).children.map(shape);

describe('parseHtml(html)', () => {
  it('closes <td>, <tr> and <p> where the next one implies it, and lowercases names', () => {
    expect(tree('<TABLE><TR><TD>a<td>b<tr><td>c</table><p>x<P>y')).toEqual([
      ['table', ['tr', ['td', 'a'], ['td', 'b']], ['tr', ['td', 'c']]],
      ['p', 'x'],
      ['p', 'y'],
    ]);
  });

  it('decodes entities in text and attributes, but not in raw-text elements', () => {
    const root = parseHtml('<p title="x" style="a&amp;b">&lt;&nbsp;&#x41;&ldquo;</p><script>&amp;</script><title>&amp;</title>');
    expect(tree('<p>&lt;&nbsp;&#x41;&ldquo;&amp</p><script>&amp;</script><title>&amp;</title>')).toEqual([['p', '<\u00a0A“&'], ['script', '&amp;'], ['title', '&']]);
    expect(findElement(root, (e) => e.name === 'p')?.attribs).toEqual({ style: 'a&b' });
  });

  it('keeps only the attributes the extractor reads, the first of repeated ones, and marks hidden elements', () => {
    const root = parseHtml('<td class=x COLSPAN=2 colspan=3 rowspan="4">a</td><div style="DISPLAY : none">b</div><p hidden>c</p><p style="mso-hide:all">d</p>');
    expect(findElement(root, (e) => e.name === 'td')?.attribs).toEqual({ colspan: '2', rowspan: '4' });
    const hidden = parseHtml('<div style="DISPLAY : none">b</div><p hidden>c</p><p style="mso-hide:all">d</p><p style="color:red">e</p>');
    expect(hidden.children.map((n) => typeof n !== 'string' && n.hidden === true)).toEqual([true, true, true, false]);
  });

  it('reads </br> as a line break and a stray </p> as an empty paragraph, like a browser', () => {
    expect(tree('a</br>b</p>c')).toEqual(['a', ['br'], 'b', ['p'], 'c']);
  });

  it('drops a start tag cut off by the end of the file, keeping its text', () => {
    expect(tree('<p>a<span style="x')).toEqual([['p', 'a']]);
    expect(tree('<math><mi/')).toEqual([['math', '/']]);
  });

  it('skips comments, conditional comments and doctypes, and treats <image> as <img>', () => {
    expect(tree('<!DOCTYPE html><!--[if gte mso 9]><xml>x</xml><![endif]-->a<image>b')).toEqual(['a', ['img'], 'b']);
  });

  it('gives the text content of an element in document order', () => {
    expect(textContent(parseHtml('<p>a<b>b<i>c</i></b>d</p>'))).toBe('abcd');
  });
});
