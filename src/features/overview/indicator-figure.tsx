import type { Indicator } from '../../indicators/index.ts';
import { MIN_DENOMINATOR } from '../../indicators/index.ts';
import { formatCount, formatRate, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import type { YearOverYear } from './year-over-year.ts';

/** The value of one indicator with its denominator (rates) and its change from the year before. */
export function IndicatorFigure({ def, yoy }: { def: Indicator; yoy: YearOverYear }) {
  const { t, lang } = useDictionary(DICT);
  const isRate = def.unit === 'rate';
  const cur = yoy.current;
  const den = cur?.denominator ?? null;
  const tooSmall = isRate && (den === null || den < MIN_DENOMINATOR);
  const shown = cur?.value ?? null;
  const main = isRate ? formatRate(shown, lang) : formatCount(shown, lang);
  const denLabel = (lang === 'zh' ? def.formulaZh : def.formulaEn)
    .split('/')
    .slice(1)
    .join('/')
    .trim()
    .replace(/^[（(](.*)[）)]$/, '$1');
  return (
    <>
      <p className="kpi-value">
        <span className="figure" data-testid="kpi-value">
          {cur === undefined ? '—' : main}
        </span>
        {yoy.delta !== null ? <Delta yoy={yoy} isRate={isRate} /> : null}
      </p>
      {isRate ? (
        <p className="kpi-note">
          {tooSmall
            ? t('insufficient', { den: formatCount(den ?? 0, lang), min: MIN_DENOMINATOR })
            : t('ratio', { num: formatCount(cur?.numerator ?? null, lang), den: formatCount(den, lang), denLabel })}
        </p>
      ) : null}
      {yoy.delta === null ? <p className="kpi-note">{cur && yoy.year !== null ? t('noPrev', { year: yoy.year - 1 }) : t('noData')}</p> : null}
      {/* A change between years of unequal report counts is partly one of coverage. */}
      {yoy.delta !== null && yoy.previous && cur && yoy.previous.reports !== cur.reports ? (
        <p className="kpi-note" data-testid="kpi-reports">
          {t('reportCounts', { prev: (yoy.year ?? 0) - 1, m: formatCount(yoy.previous.reports, lang), year: yoy.year ?? 0, n: formatCount(cur.reports, lang) })}
        </p>
      ) : null}
    </>
  );
}

function Delta({ yoy, isRate }: { yoy: YearOverYear; isRate: boolean }) {
  const { t, lang } = useDictionary(DICT);
  const d = yoy.delta ?? 0;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const text = isRate
    ? t('pp', { sign, n: Math.abs(d * 100).toFixed(1) })
    : `${sign}${formatCount(Math.abs(d), lang)}${yoy.relative !== null ? t('relative', { rel: `${sign}${formatRate(Math.abs(yoy.relative), lang)}` }) : ''}`;
  return (
    <span className={`delta ${d > 0 ? 'up' : d < 0 ? 'down' : 'flat'}`}>{t('vsPrev', { year: (yoy.year ?? 0) - 1, delta: text })}</span>
  );
}
