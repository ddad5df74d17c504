import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Chart, lineOption } from '../../charts/index.ts';
import { CardExport, indicatorRowsSql, trendOption } from '../../export/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import { indicator } from '../../indicators/index.ts';
import type { Filters, IndicatorRow } from '../../queries/index.ts';
import { indicatorsQuery, summableFilters } from '../../queries/index.ts';
import type { Language } from '../../ui/index.ts';
import { formatCount, formatRate, useConnector, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { IndicatorFigure } from './indicator-figure.tsx';
import { yearOverYear } from './year-over-year.ts';

export const CARD_IDS = [
  'received_new',
  'processed_total',
  'disclosure_rate',
  'review_total',
  'litigation_total',
  'review_correction_rate',
  'litigation_correction_rate',
] as const satisfies readonly IndicatorId[];

/** Headline indicators of the latest selected year, with the change from the year before and a trend line. */
export function IndicatorCards({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t } = useDictionary(DICT);
  // All years are fetched so the previous year and the trend exist even when one year is selected.
  const allYears = summableFilters({ ...filters, years: [] });
  const { data } = useSuspenseQuery(indicatorsQuery(db, allYears, 'year', CARD_IDS));
  return (
    <>
      <ul className="kpis" data-testid="kpis">
        {CARD_IDS.map((id, i) => (
          <KpiCard key={id} id={id} rows={data[id]} selectedYears={filters.years} filters={allYears} />
        ))}
      </ul>
      <p className="note">{t('sumNote')}</p>
    </>
  );
}

/** A trend point's tooltip: counts as they are, rates with their numerator and denominator. */
function pointNote(r: IndicatorRow | undefined, isRate: boolean, lang: Language): string {
  if (!isRate) return formatCount(r?.value ?? null, lang);
  return `${formatRate(r?.value ?? null, lang)}（${formatCount(r?.numerator ?? null, lang)} / ${formatCount(r?.denominator ?? null, lang)}）`;
}

function KpiCard({ id, rows, selectedYears, filters }: { id: IndicatorId; rows: IndicatorRow[]; selectedYears: readonly number[]; filters: Filters }) {
  const { t, lang } = useDictionary(DICT);
  const def = indicator(id);
  const name = lang === 'zh' ? def.zh : def.en;
  const yoy = yearOverYear(rows, selectedYears, def.unit === 'rate');
  // The trend covers every year: a year filter leaves rows (and so the drawn option) as they are.
  const option = useMemo(
    () =>
      lineOption(
        rows.map((r) => ({ year: String(r.year), value: r.value })),
        {
          x: 'year',
          series: [{ key: 'value', label: name, color: '#b4232a' }],
          format: (v) => String(v),
          compact: true,
          note: (_, i) => pointNote(rows[i], def.unit === 'rate', lang),
        },
      ),
    [rows, name, def.unit, lang],
  );
  const explain = lang === 'zh' ? `${def.formulaZh}。${def.explainZh}` : `${def.formulaEn}. ${def.explainEn}`;
  return (
    <li className="kpi" data-testid={`kpi-${id}`}>
      <h3 title={explain}>
        {name} {yoy.year === null ? null : <span className="muted">{t('latest', { year: yoy.year })}</span>}
      </h3>
      <IndicatorFigure def={def} yoy={yoy} />
      <Chart option={option} height={48} label={t('trend', { name })} />
      <CardExport
        inline
        title={t('trend', { name })}
        subject={name}
        option={() => trendOption(rows, id, lang)}
        rows={indicatorRowsSql(filters, [id], 'year', lang)}
        filters={filters}
        indicators={[id]}
      />
      <details className="kpi-formula">
        <summary>{t('formula')}</summary>
        {explain}
      </details>
    </li>
  );
}
