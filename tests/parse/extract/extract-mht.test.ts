import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/parse/extract/index.ts';

/** 政府信息公开 in GBK, written as quoted-printable the way Word writes it. */
const GBK_QP = '=D5=FE=B8=AE=D0=C5=CF=A2=B9=AB=BF=AA';

const mht = (html: string): Uint8Array =>
  new TextEncoder().encode(
    [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="----=_NextPart_01DA0000.12345678"',
      '',
      'This document is a Single File Web Page, also known as a Web Archive file.',
      '',
      '------=_NextPart_01DA0000.12345678',
      'Content-Location: file:///C:/report.htm',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Type: text/html; charset="gb2312"',
      '',
      html,
      '',
      '------=_NextPart_01DA0000.12345678',
      'Content-Location: file:///C:/report.files/image001.png',
      'Content-Transfer-Encoding: base64',
      'Content-Type: image/png',
      '',
      'iVBORw0KGgo=',
      '------=_NextPart_01DA0000.12345678--',
    ].join('\r\n'),
  );

describe('extractMht(bytes, file)', () => {
  it('reads the GBK quoted-printable text/html part of a Word web archive saved as .doc', async () => {
    const html = `<html xmlns:o=3D"urn:schemas-microsoft-com:office:office"><body><p class=3DMsoNormal>${GBK_QP}<o:p></o:p></p><table><tr><td>=\r\n${GBK_QP}</td><td>1=\r\n2</td></tr></table></body></html>`;
    expect(await extractDocument(mht(html), 'report.doc')).toMatchObject({
      format: 'html',
      lines: [{ cells: [{ text: '政府信息公开' }] }, { tableRow: true, cells: [{ text: '政府信息公开' }, { text: '12' }] }],
    });
  });

  it('reports an RTF file as unsupported instead of reading control words as text', async () => {
    expect(await extractDocument(new TextEncoder().encode('{\\rtf1\\ansi\\ansicpg936 text}'), 'r.doc')).toEqual({ file: 'r.doc', error: 'RTF document, not supported: save it as .docx' });
  });
});
