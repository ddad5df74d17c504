/** A figure a narrative quotes about the tables. */
export type QuoteKind = 'received' | 'carriedIn' | 'processed' | 'carriedOut' | 'granted' | 'partiallyGranted' | 'reviews' | 'suits';

export interface Quote {
  kind: QuoteKind;
  value: number;
  /** The phrase as found (NFKC-normalised). */
  text: string;
}

const NUM = '(\\d+|[零〇一二两三四五六七八九十]{1,3})';
const REQ = '(?:政府信息公开|信息公开|依申请公开)?';

/** Phrasings that clearly state one table figure; no free gaps, so a phrase cannot reach another figure. */
export const QUOTE_PATTERNS: readonly { kind: QuoteKind; re: RegExp }[] = [
  { kind: 'received', re: new RegExp(`(?:收到|新收|接收)(?:的)?(?:各类)?${REQ}申请(?:共|总计|合计)?(?:为)?${NUM}(?:件|份|个)`, 'gu') },
  { kind: 'received', re: new RegExp(`(?:收到|新收|接收)(?:各类)?${NUM}(?:件|份|个)${REQ}申请`, 'gu') },
  { kind: 'carriedIn', re: new RegExp(`(?:上年|上一年|去年)度?结转(?:的)?${REQ}(?:申请)?${NUM}件`, 'gu') },
  { kind: 'processed', re: new RegExp(`办结${REQ}(?:申请)?${NUM}件`, 'gu') },
  { kind: 'carriedOut', re: new RegExp(`结转(?:至|到)?下一?年度?(?:继续办理)?(?:的)?(?:申请)?${NUM}件`, 'gu') },
  { kind: 'carriedOut', re: new RegExp(`${NUM}件(?:申请)?(?:需)?结转(?:至|到)?下一?年`, 'gu') },
  { kind: 'granted', re: new RegExp(`予以公开${NUM}件`, 'gu') },
  { kind: 'partiallyGranted', re: new RegExp(`部分公开${NUM}件`, 'gu') },
  { kind: 'reviews', re: new RegExp(`行政复议(?:案件|申请)?(?:共)?${NUM}(?:件|起|宗)`, 'gu') },
  { kind: 'suits', re: new RegExp(`行政诉讼(?:案件)?(?:共)?${NUM}(?:件|起|宗)`, 'gu') },
];

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "70" → 70, "两" → 2, "十二" → 12, "二十三" → 23; null for anything else. */
export function parseCount(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (text.length === 1 && text in DIGITS) return DIGITS[text] ?? null;
  if (!m || !m[2]) return null;
  return (m[1] ? (DIGITS[m[1]] ?? 0) : 1) * 10 + (m[3] ? (DIGITS[m[3]] ?? 0) : 0);
}

const OTHER_YEAR = /((?:19|20)\d\d)年/gu;
const WHOLE_AREA = /全(?:县|区|市|省|旗|州)/u;
const BEFORE_SKIP = /(?:多|少|未|没有|按时|按期|逾期|超期|其中|累计|历年)$/u;
const SENTENCE_END = /[。;!?\n]/u;

/** The sentence around position `at` (sentences end at 。；！？ or a line break). */
function sentenceAt(text: string, at: number): string {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  let to = at;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to++;
  return text.slice(from, to);
}

/**
 * Figures a narrative quotes for its own year. Sentences naming another year are skipped; so are
 * county-wide sentences in a report that is not the jurisdiction's own, and review/suit figures in a
 * sentence that does not speak of 公开 (a government also handles reviews that are not about disclosure).
 */
export function findQuotes(raw: string, year: number, wholeArea: boolean): Quote[] {
  const text = raw.normalize('NFKC');
  const quotes: Quote[] = [];
  for (const { kind, re } of QUOTE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const value = parseCount(m[1] ?? '');
      if (value === null || BEFORE_SKIP.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      const sentence = sentenceAt(text, m.index);
      if ([...sentence.matchAll(OTHER_YEAR)].some((y) => Number(y[1]) !== year)) continue;
      if (!wholeArea && WHOLE_AREA.test(sentence)) continue;
      if ((kind === 'reviews' || kind === 'suits') && !sentence.includes('公开')) continue;
      quotes.push({ kind, value, text: m[0] });
    }
  }
  return quotes;
}
