import type { Indicator } from '../../indicators/index.ts';
import type { PeerPoint } from '../../queries/index.ts';
import { formatCount, formatRate, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import type { PointText } from './peer-points.ts';

/** Value formatting and tooltip text for one indicator in the current language. */
export function usePointText(def: Indicator): PointText {
  const { t, lang } = useDictionary(DICT);
  const isRate = def.unit === 'rate';
  const value = (v: number | null) => (isRate ? formatRate(v, lang) : formatCount(v, lang));
  const count = (v: number | null) => formatCount(v, lang);
  const tip = (p: PeerPoint) =>
    isRate
      ? t('tip', { agency: p.agencyName, value: value(p.value), num: count(p.numerator), den: count(p.denominator), low: formatRate(p.low, lang), high: formatRate(p.high, lang) })
      : t('tipCount', { agency: p.agencyName, value: value(p.value) });
  return { value, count, tip };
}
