import type { IndicatorId } from '../indicators/index.ts';
import { indicator } from '../indicators/index.ts';
import type { Lang } from './dictionary.ts';
import { word } from './dictionary.ts';

/** One footnote per indicator: its name, formula and explanation from the indicator library. */
export function indicatorFootnotes(ids: readonly IndicatorId[], lang: Lang): string[] {
  return [...new Set(ids)].map((id) => {
    const def = indicator(id);
    return lang === 'zh'
      ? word(lang, 'definition', { name: def.zh, formula: def.formulaZh, explain: def.explainZh })
      : word(lang, 'definition', { name: def.en, formula: def.formulaEn, explain: def.explainEn });
  });
}
