import { findKey } from '../../domain/index.ts';
import type { OutcomeMixRow } from '../../queries/index.ts';
import { formatCount, formatRate, useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { outcomeLabel } from './outcome-rows.ts';

const officialLabel = (row: string) =>
  (findKey('v2021', `t3.${row}.total`) ?? findKey('v2019', `t3.${row}.total`))?.rowLabel ?? row;

/** Outcome rows × years: counts with their share of the year's processed total; n/a where the template lacks the row. */
export function OutcomeTable(props: {
  rows: Record<string, string | number | null>[];
  keys: readonly string[];
  data: readonly OutcomeMixRow[];
}) {
  const { t, lang } = useDictionary(DICT);
  const totals = props.rows.map((r) => props.keys.reduce((s, k) => s + Number(r[k] ?? 0), 0));
  return (
    <div className="table-scroll">
      <table className="data" data-testid="outcome-table">
        <caption className="note">{t('outcomeTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcome')}</th>
            {props.rows.map((r) => (
              <th key={String(r.year)} scope="col" className="num">{t('year', { year: String(r.year) })}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.keys.map((k) => (
            <tr key={k}>
              <th scope="row" title={officialLabel(k)}>{outcomeLabel(k, lang)}</th>
              {props.rows.map((r, i) => {
                const v = r[k];
                const inTemplate = props.data.some((d) => String(d.year) === r.year && d.rowKey === k);
                if (!inTemplate) return <td key={String(r.year)} className="nc">{t('notInTemplate')}</td>;
                const total = totals[i] ?? 0;
                return (
                  <td key={String(r.year)} className="num">
                    {formatCount(v === null || v === undefined ? null : Number(v), lang)}
                    {v !== null && total ? <span className="sub">{formatRate(Number(v) / total, lang)}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
