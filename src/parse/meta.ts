import type { SourceDocument } from './document.ts';
import { normalize } from './normalize.ts';
import { rules } from './rules.ts';

export interface ReportMeta {
  title: string;
  agency: string | null;
  year: number | null;
  /** Where the year came from. */
  yearFrom: 'title' | 'file' | 'none';
}

/** `…年度报告_某某县人民政府` or `… - 某某网`: a page title's site suffix. */
const SITE_SUFFIX = /^[_|\-—–]/;
const AGENCY_END = /(政府|办公室|办事处|街道|镇|乡|局|委员会|委|办|中心|区|县|市|院|所|厅|站|队|处|馆|会)$/;

function cleanAgency(text: string): string | null {
  const out = text
    .replace(rules.titleJunk, '')
    .replace(/^[\s《"'「]+|[\s》"'」:,]+$/g, '')
    .replace(/\s+/g, '');
  return out.length >= 2 && out.length <= 40 && !/[《》,。;:、]|^根据/.test(out) ? out : null;
}

function lineText(doc: SourceDocument, i: number): string {
  return (doc.lines[i]?.cells ?? []).map((c) => c.text).join(' ').trim();
}

/** Title, agency and year from the metadata title or the title lines at the top, else the file name. */
export function readMeta(doc: SourceDocument): ReportMeta {
  const found: { title: string; agency: string | null; year: number }[] = [];
  const consider = (text: string, before: string | undefined): void => {
    const m = rules.title.exec(text);
    const tail = m ? text.slice(m.index + m[0].length).trim() : '';
    if (!m?.[1] || text.length > 80 || (tail.length > 2 && !SITE_SUFFIX.test(tail))) return;
    let agency = cleanAgency(text.slice(0, m.index));
    if (!agency && before !== undefined && before.length <= 30 && !/[。,;:]/.test(before) && AGENCY_END.test(before)) agency = cleanAgency(before);
    found.push({ title: text, agency, year: Number(m[1]) });
  };
  if (doc.title) consider(normalize(doc.title).text.trim(), undefined);
  const top = Math.min(doc.lines.length, 15);
  let prev: string | undefined;
  for (let i = 0; i < top; i++) {
    const line = normalize(lineText(doc, i)).text;
    if (/^[一二三四五六][、.]/.test(line)) break;
    consider(line.trim(), prev);
    prev = line.trim();
  }
  const pick = found.find((f) => f.agency) ?? found[0];
  if (pick) return { title: pick.title, agency: pick.agency, year: pick.year, yearFrom: 'title' };
  const base = doc.file.split(/[\\/]/).pop() ?? doc.file;
  const y = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(base)?.[1];
  return { title: doc.title ?? '', agency: null, year: y ? Number(y) : null, yearFrom: y ? 'file' : 'none' };
}
