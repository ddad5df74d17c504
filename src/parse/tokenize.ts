import type { SourceCell, SourceDocument, SourceLine } from './document.ts';
import { rules } from './rules.ts';

/** Crawler metadata read from a `key: value` header that ends in `==== 正文 ====`. */
export interface TextMeta {
  title?: string;
  publishDate?: string;
}

function readHeader(lines: string[]): { meta: TextMeta; bodyStart: number } {
  const end = lines.slice(0, 40).findIndex((l) => rules.metaEnd.test(l.trim()));
  if (end < 0) return { meta: {}, bodyStart: 0 };
  const meta: TextMeta = {};
  for (const line of lines.slice(0, end)) {
    const m = rules.metaField.exec(line.trim());
    const value = m?.[2]?.trim();
    if (!m || !value) continue;
    if (m[1] === '标题') meta.title = value;
    if (m[1] === '发布时间') meta.publishDate = value;
  }
  return { meta, bodyStart: end + 1 };
}

function cell(text: string, line: number, offset: number): SourceCell {
  const lead = text.length - text.trimStart().length;
  return { text: text.trim(), pos: { line, offset: offset + lead } };
}

function pipeCells(line: string, lineNo: number): SourceCell[] {
  const body = line.replace(/\|\s*$/, '');
  const cells: SourceCell[] = [];
  let offset = 0;
  for (const piece of body.split('|')) {
    cells.push(cell(piece, lineNo, offset));
    offset += piece.length + 1;
  }
  if (line.trimStart().startsWith('|') && cells.length > 1) cells.shift();
  return cells;
}

/**
 * Plain text → SourceDocument. Pipe renderings become table rows (a lone `|` is a blank cell when the
 * document writes `value |` cells, a separator otherwise); every other non-blank line is one cell.
 */
export function tokenize(text: string, file: string): SourceDocument & { publishDate?: string } {
  const all = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const { meta, bodyStart } = readHeader(all);
  const pipeCellsAreTerminated = all.some((l) => l.includes('|') && !rules.pipeOnly.test(l));
  const lines: SourceLine[] = [];
  all.forEach((line, index) => {
    if (index < bodyStart || line.trim() === '') return;
    const lineNo = index + 1;
    if (rules.pipeOnly.test(line)) {
      if (!pipeCellsAreTerminated) return;
      const count = line.match(/\|/g)?.length ?? 1;
      const at = line.indexOf('|');
      const cells = Array.from({ length: count }, (_, k) => ({ text: '', pos: { line: lineNo, offset: at + k } }));
      lines.push({ cells, tableRow: true });
    } else if (line.includes('|')) {
      lines.push({ cells: pipeCells(line, lineNo), tableRow: true });
    } else {
      lines.push({ cells: [cell(line, lineNo, 0)], tableRow: false });
    }
  });
  const doc: SourceDocument & { publishDate?: string } = { file, format: 'text', lines };
  if (meta.title) doc.title = meta.title;
  if (meta.publishDate) doc.publishDate = meta.publishDate;
  return doc;
}
