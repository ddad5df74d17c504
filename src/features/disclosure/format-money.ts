import type { Language } from '../../ui/index.ts';

/** Money held in 万元: 亿元 from 10⁴ 万元 up in Chinese (never “1.35万 万元”); 10k yuan in English. */
export function formatMoney(wan: number | null, lang: Language): string {
  if (wan === null || Number.isNaN(wan)) return '—';
  if (lang === 'zh') {
    if (Math.abs(wan) >= 1e4) return `${Number((wan / 1e4).toFixed(2))}亿元`;
    return `${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(wan)}万元`;
  }
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(wan);
}
