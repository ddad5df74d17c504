import { useSuspenseQuery } from '@tanstack/react-query';
import { Chart, stackedBarOption } from '../../charts/index.ts';
import { AGENCY_KINDS } from '../../domain/index.ts';
import type { Filters } from '../../queries/index.ts';
import { requestsByYearQuery } from '../../queries/index.ts';
import { formatCount, useConnector, useT } from '../../ui/index.ts';

/** Stacked bars of new requests per year by agency kind. */
export function RequestsChart({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t, lang } = useT();
  const { data } = useSuspenseQuery(requestsByYearQuery(db, filters));
  const option = stackedBarOption(data, {
    x: 'year',
    series: 'kind',
    y: 'receivedNew',
    seriesOrder: AGENCY_KINDS,
    seriesLabel: (k) => t(`kind.${k}` as 'kind.township'),
    yName: t('overview.requestsAxis'),
    format: (v) => formatCount(v, lang),
  });
  const total = data.reduce((sum, r) => sum + r.receivedNew, 0);
  const missing = data.reduce((sum, r) => sum + r.reportsWithoutFigure, 0);
  return (
    <>
      <p className="headline">
        <span data-testid="requests-total">{formatCount(total, lang)}</span>
      </p>
      <Chart option={option} label={t('overview.requestsChart')} />
      {missing > 0 ? <p className="note">{t('overview.missingFigure', { n: missing })}</p> : null}
    </>
  );
}
