import type { Language } from './messages.ts';

const LOCALES: Record<Language, string> = { zh: 'zh-CN', en: 'en-US' };

/** Integers and counts: 12,345; in Chinese 1.2万 / 3.4亿 from ten thousand up, as readers expect. */
export function formatCount(value: number | null, lang: Language): string {
  if (value === null || Number.isNaN(value)) return '—';
  const abs = Math.abs(value);
  if (lang === 'zh' && abs >= 1e8) return `${trim(value / 1e8)}亿`;
  if (lang === 'zh' && abs >= 1e4) return `${trim(value / 1e4)}万`;
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
}

/** A share in [0, 1] as a percentage with one decimal. */
export function formatRate(value: number | null, lang: Language): string {
  if (value === null || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

function trim(n: number): string {
  return Number(n.toFixed(2)).toString();
}

const collator = new Intl.Collator('zh-CN-u-co-pinyin');

/** Sort Chinese names by pinyin, the order Chinese readers expect in lists. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
