import { CardExport, indicatorRowsSql } from '../../export/index.ts';
import { indicator, MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { Filters, IndicatorRow } from '../../queries/index.ts';
import { summableFilters } from '../../queries/index.ts';
import { formatCount, formatRate, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { RATE_IDS, useRates } from './use-rates.ts';

/** The request rates of the indicator library per year, each with its numerator and denominator. */
export function RatesTable({ filters }: { filters: Filters }) {
  const { t, lang } = useDictionary(DICT);
  const { byId, years } = useRates(filters);
  return (
    <>
      <CardExport rows={indicatorRowsSql(summableFilters(filters), RATE_IDS, 'year', lang)} filters={filters} indicators={RATE_IDS} />
      <div className="table-scroll">
        <table className="data" data-testid="rates-table">
          <thead>
            <tr>
              <th scope="col">{t('indicator')}</th>
              {years.map((y) => <th key={y} scope="col" className="num">{t('year', { year: y })}</th>)}
            </tr>
          </thead>
          <tbody>
            {RATE_IDS.map((id) => {
              const def = indicator(id);
              const explain = lang === 'zh' ? `${def.formulaZh}。${def.explainZh}` : `${def.formulaEn}. ${def.explainEn}`;
              return (
                <tr key={id} data-indicator={id}>
                  <th scope="row" title={explain}>
                    {lang === 'zh' ? def.zh : def.en}
                    <span className="sub">{lang === 'zh' ? def.formulaZh : def.formulaEn}</span>
                  </th>
                  {years.map((y) => <RateCell key={y} row={byId.get(id)?.find((r) => r.year === y)} />)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="note">{t('ratesNote', { min: MIN_DENOMINATOR })}</p>
    </>
  );
}

function RateCell({ row }: { row: IndicatorRow | undefined }) {
  const { t, lang } = useDictionary(DICT);
  const ratio = `${formatCount(row?.numerator ?? null, lang)} / ${formatCount(row?.denominator ?? null, lang)}`;
  const enough = row && row.denominator !== null && row.denominator >= MIN_DENOMINATOR;
  return (
    <td className={enough ? 'num' : 'insufficient'}>
      {enough ? formatRate(row.value, lang) : t('insufficient')}
      <span className="sub">{ratio}</span>
    </td>
  );
}
