import { useSuspenseQuery } from '@tanstack/react-query';
import { CardExport } from '../../export/index.ts';
import type { Filters } from '../../queries/index.ts';
import { litigationByAgencyQuery, litigationByAgencySql } from '../../queries/index.ts';
import { formatCount, formatRate, useConnector, useDictionary, usePaged, useT, ViewLink } from '../../ui/index.ts';
import { summarise } from './correction-points.ts';
import { DICT } from './dictionary.ts';

/** Agencies that drew reviews or suits, most cases first, with correction rates only where the counts allow. */
export function AgencyRanking({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const shell = useT();
  const { data } = useSuspenseQuery(litigationByAgencyQuery(db, filters));
  const { page, controls } = usePaged(data, (r) => r.name);
  if (data.length === 0) return <p className="empty">{t('empty')}</p>;
  const indicators = ['review_total', 'review_correction_rate', 'litigation_total', 'litigation_correction_rate'] as const;
  return (
    <div className="table-scroll">
      <CardExport rows={litigationByAgencySql(filters)} filters={filters} indicators={indicators} />
      {controls}
      <table className="data" data-testid="litigation-ranking">
        <thead>
          <tr>
            <th scope="col">{t('agency')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col" className="num">{t('reviews')}</th>
            <th scope="col" className="num">{t('reviewRate')}</th>
            <th scope="col" className="num">{t('suits')}</th>
            <th scope="col" className="num">{t('suitRate')}</th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.agencyId}>
              <th scope="row">
                <ViewLink to={{ v: 'agency', agency: r.agencyId }}>{r.name}</ViewLink>
              </th>
              <td>{shell.t(`kind.${r.kind}`)}</td>
              <td className="num">{formatCount(r.reviews, lang)}</td>
              <RateCell num={r.reviewCorrected} den={r.reviewClosed} />
              <td className="num">{formatCount(r.suits, lang)}</td>
              <RateCell num={r.suitCorrected} den={r.suitClosed} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RateCell({ num, den }: { num: number | null; den: number | null }) {
  const { t, lang } = useDictionary(DICT);
  const s = summarise(num ?? 0, den ?? 0);
  const ratio = `${formatCount(num, lang)} / ${formatCount(den, lang)}`;
  if (!s.sufficient) {
    return (
      <td className="insufficient">
        {t('insufficientShort')}
        <span className="sub">{ratio}</span>
      </td>
    );
  }
  return (
    <td className="num">
      {formatRate(s.value, lang)}
      <span className="sub">
        {ratio} · {formatRate(s.low, lang)}–{formatRate(s.high, lang)}
      </span>
    </td>
  );
}
