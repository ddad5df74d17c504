import { useSuspenseQuery } from '@tanstack/react-query';
import type { Filters } from '../../queries/index.ts';
import { agencyTableQuery } from '../../queries/index.ts';
import { formatCount, formatRate, useConnector, useT } from '../../ui/index.ts';

/** Every agency of the selection with its totals, most requests first. */
export function AgencyTable({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t, lang } = useT();
  const { data } = useSuspenseQuery(agencyTableQuery(db, filters));
  if (data.length === 0) return <p className="empty">{t('table.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="data" data-testid="agency-table">
        <thead>
          <tr>
            <th scope="col">{t('table.agency')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col" className="num">{t('table.reports')}</th>
            <th scope="col" className="num">{t('table.received')}</th>
            <th scope="col" className="num">{t('table.processed')}</th>
            <th scope="col" className="num" title={t('table.rateNote')}>{t('table.rate')}</th>
            <th scope="col" className="num">{t('table.reviews')}</th>
            <th scope="col" className="num">{t('table.suits')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((r) => (
            <tr key={r.agencyId}>
              <th scope="row">{r.name}</th>
              <td>{t(`kind.${r.kind}` as 'kind.township')}</td>
              <td className="num">{r.reports}</td>
              <td className="num">{formatCount(r.receivedNew, lang)}</td>
              <td className="num">{formatCount(r.processedTotal, lang)}</td>
              <td className="num">{formatRate(r.disclosureRate, lang)}</td>
              <td className="num">{formatCount(r.reviews, lang)}</td>
              <td className="num">{formatCount(r.suits, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
