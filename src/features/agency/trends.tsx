import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { EChartsOption } from 'echarts';
import type { IntervalPoint, WideRow } from '../../charts/index.ts';
import { Chart, intervalOption, lineOption } from '../../charts/index.ts';
import { CardExport, everyIndicatorBatch, indicatorRowsSql } from '../../export/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import { indicator, MIN_DENOMINATOR, wilson } from '../../indicators/index.ts';
import type { Filters, IndicatorRow } from '../../queries/index.ts';
import { indicatorsQuery } from '../../queries/index.ts';
import type { Language } from '../../ui/index.ts';
import { formatCount, formatRate, useConnector, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

const COUNT_IDS = ['received_new', 'processed_total', 'review_total', 'litigation_total'] as const;
const TREND_IDS = ['disclosure_rate', ...COUNT_IDS] as const;
const COLORS = ['#b4232a', '#e08a3c', '#1f6fb2', '#5b8c3a'];

/** Count indicators as lines, and the disclosure rate with its Wilson interval where the year has enough cases. */
export function Trends({ filters, name: agencyName, years }: { filters: Filters; name: string; years: readonly number[] }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const { data } = useSuspenseQuery(indicatorsQuery(db, filters, 'year', TREND_IDS));
  // The agency page ignores the dashboard filters: unchanged figures keep the options already drawn.
  const [countOption, rateOption] = useMemo(
    () => trendOptions(data.disclosure_rate, COUNT_IDS.map((id) => data[id]), years, lang, t),
    // The years by value: the page passes a fresh array each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, years.join(), lang],
  );
  const batch = everyIndicatorBatch(db, filters, agencyName, lang);
  const head = (title: string, option: EChartsOption, ids: readonly IndicatorId[]) => (
    <div className="chart-head">
      <h3>{title}</h3>
      <CardExport inline title={`${agencyName} ${title}`} subject={title} option={option} rows={indicatorRowsSql(filters, ids, 'year', lang)} filters={filters} indicators={ids} batches={[batch]} />
    </div>
  );
  return (
    <div className="trends">
      {head(t('countsTrend'), countOption, COUNT_IDS)}
      <Chart option={countOption} height={240} label={t('countsTrend')} />
      {head(t('ratesTrend'), rateOption, ['disclosure_rate'])}
      <Chart option={rateOption} height={220} label={t('ratesTrend')} />
      <p className="note">{t('rateNote', { min: MIN_DENOMINATOR })}</p>
    </div>
  );
}

/** The counts' lines and the disclosure rate's intervals over the agency's years. */
function trendOptions(rateRows: readonly IndicatorRow[], countData: readonly (readonly IndicatorRow[])[], years: readonly number[], lang: Language, t: (key: keyof (typeof DICT)['zh']) => string) {
  const rows: WideRow[] = years.map((year) => {
    const row: WideRow = { year: String(year) };
    COUNT_IDS.forEach((id, i) => {
      row[id] = countData[i]?.find((r) => r.year === year)?.value ?? null;
    });
    return row;
  });
  const name = (id: (typeof COUNT_IDS)[number] | 'disclosure_rate') => (lang === 'zh' ? indicator(id).zh : indicator(id).en);
  const countOption = lineOption(rows, {
    x: 'year',
    series: COUNT_IDS.map((id, i) => ({ key: id, label: name(id), color: COLORS[i] })),
    yName: t('countAxis'),
    format: (v) => formatCount(v, lang),
  });
  const points: IntervalPoint[] = years.map((year) => {
    const r = rateRows.find((x) => x.year === year);
    if (!r) return { category: String(year), value: null, low: null, high: null, note: `${year} ${t('noReport')}` };
    const num = r.numerator ?? 0;
    const den = r.denominator ?? 0;
    const ci = den >= MIN_DENOMINATOR ? wilson(num, den) : null;
    const note = `${r.year} ${name('disclosure_rate')} ${ci ? formatRate(r.value, lang) : t('insufficient')}（${formatCount(r.numerator, lang)} / ${formatCount(r.denominator, lang)}）`;
    return { category: String(r.year), value: ci ? r.value : null, low: ci?.low ?? null, high: ci?.high ?? null, note };
  });
  const rateOption = intervalOption(points, { yName: t('rateAxis'), format: (v) => formatRate(v, lang) });
  return [countOption, rateOption] as const;
}
