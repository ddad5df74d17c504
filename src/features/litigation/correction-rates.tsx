import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Chart, intervalOption } from '../../charts/index.ts';
import { CardExport, indicatorRowsSql } from '../../export/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import { indicator, MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { indicatorByGroupQuery, summableFilters } from '../../queries/index.ts';
import { formatCount, formatRate, useConnector, useDictionary } from '../../ui/index.ts';
import type { RateSummary } from './correction-points.ts';
import { overall, yearPoints } from './correction-points.ts';
import { DICT } from './dictionary.ts';

/** One correction rate per year with Wilson intervals, and the whole selection's rate as a headline. */
export function CorrectionRate({ filters, id, color }: { filters: Filters; id: IndicatorId; color: string }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const { data } = useSuspenseQuery(indicatorByGroupQuery(db, summableFilters(filters), id, 'year'));
  const def = indicator(id);
  const name = lang === 'zh' ? def.zh : def.en;
  const fmt = (s: RateSummary) => ({
    name,
    rate: formatRate(s.value, lang),
    num: formatCount(s.numerator, lang),
    den: formatCount(s.denominator, lang),
    low: formatRate(s.low, lang),
    high: formatRate(s.high, lang),
    min: MIN_DENOMINATOR,
  });
  const all = overall(data);
  const { thin, option } = useMemo(() => {
    const points = yearPoints(data, (year, s) => t('point', { ...fmt(s), year }));
    const thin = points.filter((p) => p.value === null).map((p) => p.category);
    return { thin, option: intervalOption(points, { yName: t('rateAxis'), format: (v) => formatRate(v, lang), color }) };
    // fmt is rebuilt each render from name and lang, which are here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, name, t, lang, color]);
  return (
    <section aria-label={name}>
      <div className="chart-head">
        <h3 title={lang === 'zh' ? `${def.formulaZh}。${def.explainZh}` : `${def.formulaEn}. ${def.explainEn}`}>{name}</h3>
        <CardExport inline title={name} option={option} rows={indicatorRowsSql(summableFilters(filters), [id], 'year', lang)} filters={filters} indicators={[id]} />
      </div>
      <p className="note" data-testid={`rate-${id}`}>
        {all.sufficient ? t('overall', fmt(all)) : t('insufficient', fmt(all))}
      </p>
      <Chart option={option} height={220} label={name} />
      {thin.length ? <p className="note">{t('insufficientYears', { years: thin.join('、') })}</p> : null}
      <p className="note">{lang === 'zh' ? def.formulaZh : def.formulaEn}</p>
    </section>
  );
}
