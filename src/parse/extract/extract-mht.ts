import type { ExtractError, SourceDocument } from '../document.ts';
import { decodeText } from './decode-text.ts';
import { extractHtml } from './extract-html.ts';

const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);
const bytesOf = (latin: string): Uint8Array => Uint8Array.from(latin, (c) => c.charCodeAt(0) & 0xff);

function quotedPrintable(body: string): Uint8Array {
  return bytesOf(body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))));
}

function base64(body: string): Uint8Array {
  return bytesOf(atob(body.replace(/[^A-Za-z0-9+/=]/g, '')));
}

function decodePart(headers: string, body: string): string {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  const bytes = encoding === 'quoted-printable' ? quotedPrintable(body) : encoding === 'base64' ? base64(body) : bytesOf(body);
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(headers)?.[1];
  // The part header's charset is the most reliable one; a <meta> inside the HTML says the same or nothing.
  return charset && !/^utf-?8$/i.test(charset) ? new TextDecoder(/^(gb2312|gbk|gb18030|cp936)$/i.test(charset) ? 'gb18030' : charset).decode(bytes) : decodeText(bytes);
}

/** A Word "single file web page" (.mht, often saved as .doc): MIME multipart whose text/html part is the report. */
export function extractMht(bytes: Uint8Array, file: string): SourceDocument | ExtractError {
  const text = latin1(bytes);
  const boundary = /boundary\s*=\s*"?([^"\r\n;]+)"?/i.exec(text)?.[1];
  if (!boundary) return { file, error: 'MIME web archive without a boundary' };
  for (const part of text.split(`--${boundary}`).slice(1)) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    return extractHtml(decodePart(headers, part.slice(split.index + split[0].length)), file);
  }
  return { file, error: 'MIME web archive has no text/html part' };
}
