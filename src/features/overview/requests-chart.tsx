import { useMemo } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { EChartsOption } from 'echarts';
import { Chart, requestsByKindOption } from '../../charts/index.ts';
import { AGENCY_KINDS } from '../../domain/index.ts';
import { CardExport } from '../../export/index.ts';
import type { Filters, RequestsByYearRow } from '../../queries/index.ts';
import { requestsByYearQuery, requestsByYearSql } from '../../queries/index.ts';
import type { Language } from '../../ui/index.ts';
import { formatCount, translate, useConnector, useT } from '../../ui/index.ts';

/** The chart's option. */
function requestsOption(data: readonly RequestsByYearRow[], lang: Language): EChartsOption {
  return requestsByKindOption(data, {
    kinds: AGENCY_KINDS,
    kindLabel: (k) => translate(lang, `kind.${k}` as 'kind.township'),
    yName: translate(lang, 'overview.requestsAxis'),
    format: (v) => formatCount(v, lang),
  });
}

/** Stacked bars of new requests per year by agency kind. */
export function RequestsChart({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t, lang } = useT();
  const { data } = useSuspenseQuery(requestsByYearQuery(db, filters));
  const option = useMemo(() => requestsOption(data, lang), [data, lang]);
  const total = data.reduce((sum, r) => sum + r.receivedNew, 0);
  const missing = data.reduce((sum, r) => sum + r.reportsWithoutFigure, 0);
  return (
    <>
      <CardExport option={option} rows={requestsByYearSql(filters)} filters={filters} indicators={['received_new']} />
      <p className="headline">
        <span data-testid="requests-total">{formatCount(total, lang)}</span>
      </p>
      <Chart option={option} label={t('overview.requestsChart')} />
      {missing > 0 ? <p className="note">{t('overview.missingFigure', { n: missing })}</p> : null}
    </>
  );
}
