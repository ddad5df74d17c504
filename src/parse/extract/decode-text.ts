const CHARSET_SNIFF_BYTES = 2048;

/** WHATWG labels the charset declarations of Chinese pages use, mapped to a TextDecoder label. */
function decoderLabel(declared: string): string | undefined {
  const name = declared.trim().toLowerCase();
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|chinese|csgb2312|iso-ir-58)$/.test(name)) return 'gb18030';
  if (/^utf-?8$/.test(name)) return 'utf-8';
  if (name === 'big5' || name === 'big5-hkscs') return 'big5';
  return undefined;
}

/** The charset a page declares in its first 2 KB (<meta charset>, http-equiv content, or an XML prolog). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SNIFF_BYTES));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return match?.[1] ? decoderLabel(match[1]) : undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text when the bytes are valid UTF-8 (decoded once: this runs on every imported page). */
function utf8OrUndefined(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Bytes → string: a BOM first; then valid UTF-8 is UTF-8; otherwise the charset declared in the first 2 KB
 * (<meta charset>, http-equiv, XML prolog), else GB18030 (the superset of GBK and GB2312). Never throws.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // Mirrors re-encode pages to UTF-8 but keep the old <meta charset=gbk>: valid multi-byte UTF-8 wins.
  const utf8 = hasMultiByte(bytes) ? utf8OrUndefined(bytes) : undefined;
  if (utf8 !== undefined) return utf8;
  const declared = declaredCharset(bytes);
  return new TextDecoder(declared && declared !== 'utf-8' ? declared : 'gb18030').decode(bytes);
}

function hasMultiByte(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}
