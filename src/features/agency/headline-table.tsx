import { useSuspenseQuery } from '@tanstack/react-query';
import { CardExport, indicatorRowsSql } from '../../export/index.ts';
import { indicator, MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { AgencyYears, Filters } from '../../queries/index.ts';
import { indicatorsQuery } from '../../queries/index.ts';
import { formatCount, formatRate, useConnector, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import type { HeadlineCell } from './headline.ts';
import { HEADLINE_IDS, headlineCell, yearSpan } from './headline.ts';

/** Years down, headline indicators across; years without a report are marked, rates with small denominators withheld. */
export function HeadlineTable({ filters, years }: { filters: Filters; years: AgencyYears }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const { data } = useSuspenseQuery(indicatorsQuery(db, filters, 'year', HEADLINE_IDS));
  const span = yearSpan(years.reports.map((r) => r.year), years.datasetYears);
  const byYear = new Map(years.reports.map((r) => [r.year, r]));
  return (
    <div className="table-scroll">
      <CardExport rows={indicatorRowsSql(filters, HEADLINE_IDS, 'year', lang)} filters={filters} indicators={HEADLINE_IDS} />
      <table className="data" data-testid="headline-table">
        <caption className="note">{t('rateNote', { min: MIN_DENOMINATOR })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            {HEADLINE_IDS.map((id) => (
              <th key={id} scope="col" className="num" title={lang === 'zh' ? indicator(id).formulaZh : indicator(id).formulaEn}>
                {lang === 'zh' ? indicator(id).zh : indicator(id).en}
              </th>
            ))}
            <th scope="col" className="num">{t('findings')}</th>
          </tr>
        </thead>
        <tbody>
          {span.map((year) => {
            const report = byYear.get(year);
            if (!report) {
              return (
                <tr key={year} className="no-report">
                  <th scope="row">{year}</th>
                  <td colSpan={HEADLINE_IDS.length + 1} className="missing">{t('noReport')}</td>
                </tr>
              );
            }
            return (
              <tr key={year}>
                <th scope="row">{year}</th>
                {HEADLINE_IDS.map((id) => {
                  const isRate = indicator(id).unit === 'rate';
                  const row = data[id].find((r) => r.year === year);
                  return <Figure key={id} cell={headlineCell(row, isRate)} isRate={isRate} />;
                })}
                <td className="num">{formatCount(report.findings, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Figure({ cell, isRate }: { cell: HeadlineCell; isRate: boolean }) {
  const { t, lang } = useDictionary(DICT);
  if (cell.kind === 'blank') return <td className="num blank">—</td>;
  const ratio = isRate ? `${formatCount(cell.numerator, lang)} / ${formatCount(cell.denominator, lang)}` : null;
  if (cell.kind === 'insufficient') {
    return (
      <td className="insufficient">
        {t('insufficient')}
        <span className="sub">{ratio}</span>
      </td>
    );
  }
  return (
    <td className="num">
      {isRate ? formatRate(cell.value, lang) : formatCount(cell.value, lang)}
      {ratio ? <span className="sub">{ratio}</span> : null}
    </td>
  );
}
