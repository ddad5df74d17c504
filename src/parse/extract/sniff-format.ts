import { unzipSync } from 'fflate';

/** What the bytes are, as far as extraction cares. */
export type SniffedFormat = 'pdf' | 'docx' | 'zip' | 'doc' | 'mht' | 'rtf' | 'html' | 'text' | 'binary' | 'empty';

const startsWith = (bytes: Uint8Array, magic: number[], at = 0): boolean => magic.every((b, i) => bytes[at + i] === b);

/** Binary signatures of files users drop by mistake (images, archives, legacy Office). */
const BINARY_MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x42, 0x4d], // BMP
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x1f, 0x8b], // gzip
];

function hasWordDocument(bytes: Uint8Array): boolean {
  try {
    let found = false;
    unzipSync(bytes, { filter: (f) => (f.name === 'word/document.xml' && (found = true), false) });
    return found;
  } catch {
    return false;
  }
}

/** Share of control bytes (other than tab, CR, LF, FF, ESC) in the first 4 KB: text has none. */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i] ?? 0;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control += 1;
  }
  return control > head.length * 0.01;
}

/** Sniffs the format by magic bytes first (%PDF, PK zip holding word/document.xml, HTML markers), the extension second. */
export function sniffFormat(bytes: Uint8Array, fileName: string): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  const head = bytes.subarray(0, 4096);
  const latin = new TextDecoder('latin1').decode(head);
  if (latin.slice(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return hasWordDocument(bytes) ? 'docx' : 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (BINARY_MAGIC.some((m) => startsWith(bytes, m))) return 'binary';
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && looksBinary(head)) return 'binary';
  if (/^MIME-Version:/im.test(latin) && /multipart\/related/i.test(latin)) return 'mht';
  if (latin.startsWith('{\\rtf')) return 'rtf';
  if (/<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<table[\s>]|<meta\s|<title>/i.test(latin)) return 'html';
  if (/\.(s?html?|xhtml|mht|aspx?|jsp|php)$/i.test(fileName) && /<\/?[a-z][\w:-]*[\s>]/i.test(latin)) return 'html';
  return 'text';
}
