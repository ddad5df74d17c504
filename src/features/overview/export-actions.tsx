import { useQueryClient } from '@tanstack/react-query';
import { ExportMenu } from '../../export/index.ts';
import type { Filters } from '../../queries/index.ts';
import { agencyTableSql, requestsByYearQuery, requestsByYearSql } from '../../queries/index.ts';
import { useConnector, useT } from '../../ui/index.ts';
import { requestsOption } from './requests-chart.tsx';

/** Export of the requests chart: the same option and rows the card shows (cached by React Query). */
export function RequestsExport({ filters }: { filters: Filters }) {
  const db = useConnector();
  const client = useQueryClient();
  const { t, lang } = useT();
  const option = async () => requestsOption(await client.fetchQuery(requestsByYearQuery(db, filters)), lang);
  const title = t('overview.requestsChart');
  return <ExportMenu db={db} lang={lang} title={title} option={option} rows={requestsByYearSql(filters)} filters={filters} indicators={['received_new']} />;
}

/** Export of the agency table's rows (data formats only). */
export function AgencyExport({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t, lang } = useT();
  const indicators = ['received_new', 'processed_total', 'disclosure_rate', 'review_total', 'litigation_total'] as const;
  return <ExportMenu db={db} lang={lang} title={t('overview.agencies')} rows={agencyTableSql(filters)} filters={filters} indicators={indicators} />;
}
