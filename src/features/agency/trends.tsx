import { useSuspenseQueries } from '@tanstack/react-query';
import type { IntervalPoint, WideRow } from '../../charts/index.ts';
import { Chart, intervalOption, lineOption } from '../../charts/index.ts';
import { indicator, MIN_DENOMINATOR, wilson } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { indicatorByGroupQuery } from '../../queries/index.ts';
import { formatCount, formatRate, useConnector, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

const COUNT_IDS = ['received_new', 'processed_total', 'review_total', 'litigation_total'] as const;
const COLORS = ['#b4232a', '#e08a3c', '#1f6fb2', '#5b8c3a'];

/** Count indicators as lines, and the disclosure rate with its Wilson interval where the year has enough cases. */
export function Trends({ filters, years }: { filters: Filters; years: readonly number[] }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const [rate, ...counts] = useSuspenseQueries({
    queries: [indicatorByGroupQuery(db, filters, 'disclosure_rate', 'year'), ...COUNT_IDS.map((id) => indicatorByGroupQuery(db, filters, id, 'year'))],
  });
  const rows: WideRow[] = years.map((year) => {
    const row: WideRow = { year: String(year) };
    COUNT_IDS.forEach((id, i) => {
      row[id] = counts[i]?.data.find((r) => r.year === year)?.value ?? null;
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
    const r = rate?.data.find((x) => x.year === year);
    if (!r) return { category: String(year), value: null, low: null, high: null, note: `${year} ${t('noReport')}` };
    const num = r.numerator ?? 0;
    const den = r.denominator ?? 0;
    const ci = den >= MIN_DENOMINATOR ? wilson(num, den) : null;
    const note = `${r.year} ${name('disclosure_rate')} ${ci ? formatRate(r.value, lang) : t('insufficient')}（${formatCount(r.numerator, lang)} / ${formatCount(r.denominator, lang)}）`;
    return { category: String(r.year), value: ci ? r.value : null, low: ci?.low ?? null, high: ci?.high ?? null, note };
  });
  const rateOption = intervalOption(points, { yName: t('rateAxis'), format: (v) => formatRate(v, lang) });
  return (
    <div className="trends">
      <h3>{t('countsTrend')}</h3>
      <Chart option={countOption} height={240} label={t('countsTrend')} />
      <h3>{t('ratesTrend')}</h3>
      <Chart option={rateOption} height={220} label={t('ratesTrend')} />
      <p className="note">{t('rateNote', { min: MIN_DENOMINATOR })}</p>
    </div>
  );
}
