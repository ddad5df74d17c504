import { useSuspenseQuery } from '@tanstack/react-query';
import { CardExport } from '../../export/index.ts';
import type { DisclosureMeasure } from '../../indicators/index.ts';
import { DISCLOSURE_MEASURES, isComparable } from '../../indicators/index.ts';
import type { DisclosureFigure, Filters } from '../../queries/index.ts';
import { disclosureByYearQuery } from '../../queries/index.ts';
import { formatCount, useConnector, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { figureRowsSql, measureNotes } from './figure-rows.ts';
import { formatMoney } from './format-money.ts';

/** Every t2 measure × year: the figure, or “not comparable” where the year's template lacks it. */
export function MeasuresTable({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const { data } = useSuspenseQuery(disclosureByYearQuery(db, filters));
  const years = [...new Set(data.map((f) => f.year))].sort((a, b) => a - b);
  if (years.length === 0) return <p className="empty">{t('empty')}</p>;
  const scope = (m: DisclosureMeasure) => (isComparable(m) ? t('comparable') : m.cells.v2019 ? t('v2019only') : t('v2021only'));
  const ids = DISCLOSURE_MEASURES.map((m) => m.id);
  return (
    <div className="table-scroll">
      <CardExport rows={figureRowsSql(data, ids, lang)} filters={filters} notes={measureNotes(ids, lang)} />
      <table className="data" data-testid="disclosure-table">
        <thead>
          <tr>
            <th scope="col">{t('measure')}</th>
            {years.map((y) => <th key={y} scope="col" className="num">{t('year', { year: y })}</th>)}
          </tr>
        </thead>
        <tbody>
          {DISCLOSURE_MEASURES.map((m) => (
            <tr key={m.id} data-measure={m.id}>
              <th scope="row" title={lang === 'zh' ? m.formulaZh : m.formulaEn}>
                {lang === 'zh' ? m.zh : m.en}
                <span className="sub">{scope(m)}</span>
              </th>
              {years.map((y) => <FigureCell key={y} money={m.unit === 'money'} f={data.find((f) => f.year === y && f.measure === m.id)} />)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FigureCell({ f, money }: { f: DisclosureFigure | undefined; money: boolean }) {
  const { t, lang } = useDictionary(DICT);
  if (!f || f.status === 'not_comparable') {
    return <td className="nc" title={t('notComparableTitle')}>{t('notComparable')}</td>;
  }
  return (
    <td className="num">
      {money ? formatMoney(f.value, lang) : formatCount(f.value, lang)}
      {f.reports < f.reportsInYear ? <span className="sub">{t('coverage', { n: f.reports, m: f.reportsInYear })}</span> : null}
    </td>
  );
}
