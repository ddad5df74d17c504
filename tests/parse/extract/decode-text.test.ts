import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/parse/extract/index.ts';

const hex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};
/** GBK bytes of 政府信息公开工作年度报告. */
const GBK_TITLE = hex('d5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e6');

describe('decodeText(bytes)', () => {
  it('decodes UTF-8 and strips a UTF-8 BOM', () => {
    expect(decodeText(concat(hex('efbbbf'), ascii('年度报告')))).toBe('年度报告');
    expect(decodeText(ascii('自然人 总计'))).toBe('自然人 总计');
  });

  it('decodes UTF-16 with a BOM', () => {
    expect(decodeText(hex('fffe745e'))).toBe('年');
  });

  it('decodes GBK bytes without any declaration (invalid UTF-8 → GB18030)', () => {
    expect(decodeText(GBK_TITLE)).toBe('政府信息公开工作年度报告');
  });

  it('honours <meta charset=gbk> and http-equiv charset=gb2312 in the first 2 KB', () => {
    expect(decodeText(concat(ascii('<meta charset=gbk><p>'), GBK_TITLE))).toBe('<meta charset=gbk><p>政府信息公开工作年度报告');
    const equiv = ascii('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    expect(decodeText(concat(equiv, GBK_TITLE))).toContain('政府信息公开工作年度报告');
  });

  it('prefers valid UTF-8 over a stale <meta charset=gbk> left by a mirror', () => {
    expect(decodeText(ascii('<meta charset="gbk"><p>年度报告</p>'))).toBe('<meta charset="gbk"><p>年度报告</p>');
  });
});
