import { useMemo } from 'react';
import { Chart, lineOption } from '../../charts/index.ts';
import { CardExport, indicatorRowsSql } from '../../export/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import { indicator, MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { Filters, IndicatorRow } from '../../queries/index.ts';
import { summableFilters } from '../../queries/index.ts';
import { formatCount, formatRate, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { useRates } from './use-rates.ts';

const CHARTED: readonly IndicatorId[] = ['disclosure_rate', 'withheld_rate', 'cannot_provide_rate', 'not_processed_rate'];
const COLORS = ['#2e7d32', '#b91c1c', '#f97316', '#7e22ce'];

/** Below MIN_DENOMINATOR a rate is not drawn (a gap), as the table says "insufficient data". */
const drawn = (r: IndicatorRow | undefined) => (r && r.denominator !== null && r.denominator >= MIN_DENOMINATOR ? r.value : null);

/** The main request rates per year as lines; denominators are in the table beside it. */
export function RatesChart({ filters }: { filters: Filters }) {
  const { t, lang } = useDictionary(DICT);
  const { byId, years } = useRates(filters);
  const option = useMemo(
    () =>
      lineOption(
        years.map((y) => ({
          year: String(y),
          ...Object.fromEntries(CHARTED.map((id) => [id, drawn(byId.get(id)?.find((r) => r.year === y))])),
        })),
        {
          x: 'year',
          series: CHARTED.map((id, i) => ({ key: id, label: lang === 'zh' ? indicator(id).zh : indicator(id).en, color: COLORS[i] })),
          format: (v) => formatRate(v, lang),
          note: (id, i) => {
            const r = byId.get(id as IndicatorId)?.find((x) => x.year === years[i]);
            const ratio = `${formatCount(r?.numerator ?? null, lang)} / ${formatCount(r?.denominator ?? null, lang)}`;
            return drawn(r) === null ? `${t('insufficient')}（${ratio}）` : `${formatRate(r?.value ?? null, lang)}（${ratio}）`;
          },
        },
      ),
    [byId, years, t, lang],
  );
  return (
    <>
      <CardExport option={option} rows={indicatorRowsSql(summableFilters(filters), CHARTED, 'year', lang)} filters={filters} indicators={CHARTED} />
      <Chart option={option} height={300} label={t('ratesChart')} />
      <p className="note">{t('ratesChart')}</p>
    </>
  );
}
