import type { AgencyKind } from '../domain/index.ts';
import { formatCount, formatRate } from './format.ts';
import { useT } from './i18n.tsx';

/** One agency's totals over a selection (the shape of the agency table query's rows). */
export interface AgencyTotals {
  agencyId: string;
  name: string;
  kind: AgencyKind;
  reports: number;
  receivedNew: number | null;
  processedTotal: number | null;
  disclosureRate: number | null;
  reviews: number | null;
  suits: number | null;
}

/** The agency totals table shown on the overview and the print page. */
export function AgencyTotalsTable({ rows, testId, showReports = true }: { rows: readonly AgencyTotals[]; testId: string; showReports?: boolean }) {
  const { t, lang } = useT();
  return (
    <table className="data" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('table.agency')}</th>
          <th scope="col">{t('table.kind')}</th>
          {showReports ? <th scope="col" className="num">{t('table.reports')}</th> : null}
          <th scope="col" className="num">{t('table.received')}</th>
          <th scope="col" className="num">{t('table.processed')}</th>
          <th scope="col" className="num" title={t('table.rateNote')}>{t('table.rate')}</th>
          <th scope="col" className="num">{t('table.reviews')}</th>
          <th scope="col" className="num">{t('table.suits')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.agencyId}>
            <th scope="row">{r.name}</th>
            <td>{t(`kind.${r.kind}`)}</td>
            {showReports ? <td className="num">{r.reports}</td> : null}
            <td className="num">{formatCount(r.receivedNew, lang)}</td>
            <td className="num">{formatCount(r.processedTotal, lang)}</td>
            <td className="num">{formatRate(r.disclosureRate, lang)}</td>
            <td className="num">{formatCount(r.reviews, lang)}</td>
            <td className="num">{formatCount(r.suits, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
