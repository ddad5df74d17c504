import type { Indicator } from '../../indicators/index.ts';
import { MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { PeerPoint, PeerRanking } from '../../queries/index.ts';
import { useMemo } from 'react';
import { formatCount, formatRate, useDictionary, usePaged, ViewLink } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import { usePointText } from './use-point-text.ts';

/** Every agency of the peer group with its figure: ranked ones numbered, the rest marked and listed by pinyin. */
export function PeerTable({ ranking, def }: { ranking: PeerRanking; def: Indicator }) {
  const { t } = useDictionary(DICT);
  // Ranks are numbered over the whole group before a page or a search picks some rows.
  const numbered = useMemo(() => {
    let rank = 0;
    return ranking.points.map((p) => ({ p, rank: p.status === 'ranked' ? ++rank : null }));
  }, [ranking]);
  const { page, controls } = usePaged(numbered, (r) => r.p.agencyName);
  return (
    <div className="table-scroll">
      {controls}
      <table className="data" data-testid="peer-table">
        <thead>
          <tr>
            <th scope="col" className="num">{t('rank')}</th>
            <th scope="col">{t('agency')}</th>
            <th scope="col" className="num">{t('value')}</th>
            {ranking.isRate ? <th scope="col" className="num">{t('ratio')}</th> : null}
            {ranking.isRate ? <th scope="col" className="num">{t('interval')}</th> : null}
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map(({ p, rank }) => (
            <PeerRow key={p.agencyId} p={p} def={def} rank={rank} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PeerRow({ p, def, rank }: { p: PeerPoint; def: Indicator; rank: number | null }) {
  const { t, lang } = useDictionary(DICT);
  const text = usePointText(def);
  const isRate = def.unit === 'rate';
  const status =
    p.status === 'insufficient'
      ? `${t('insufficient')}（${t('insufficientNote', { den: formatCount(p.denominator, lang), min: MIN_DENOMINATOR })}）`
      : p.status === 'missing'
        ? t('missing')
        : p.outlier === 'high'
          ? t('outlierHigh')
          : p.outlier === 'low'
            ? t('outlierLow')
            : '';
  return (
    <tr className={p.status === 'ranked' ? undefined : 'unranked'} data-status={p.status}>
      <td className="num">{rank ?? '—'}</td>
      <th scope="row">
        <ViewLink to={{ v: 'agency', agency: p.agencyId }} title={t('open', { name: p.agencyName })}>
          {p.agencyName}
        </ViewLink>
      </th>
      <td className="num">{p.status === 'ranked' ? text.value(p.value) : '—'}</td>
      {isRate ? (
        <td className="num">
          {formatCount(p.numerator, lang)} / {formatCount(p.denominator, lang)}
        </td>
      ) : null}
      {isRate ? (
        <td className="num">{p.status === 'ranked' ? `${formatRate(p.low, lang)}–${formatRate(p.high, lang)}` : '—'}</td>
      ) : null}
      <td className={p.status === 'ranked' ? 'status' : 'status insufficient'}>{status}</td>
    </tr>
  );
}
