import type { Filters } from '../../queries/index.ts';
import { Card, useT } from '../../ui/index.ts';
import { AgencyTable } from './agency-table.tsx';
import { RequestsChart } from './requests-chart.tsx';

/** The landing view: requests over the years by agency kind, and the agencies behind them. */
export function Overview({ filters }: { filters: Filters }) {
  const { t } = useT();
  return (
    <div className="grid">
      <Card title={t('overview.requestsChart')}>
        <RequestsChart filters={filters} />
      </Card>
      <Card title={t('overview.agencies')} footer={t('table.rateNote')}>
        <AgencyTable filters={filters} />
      </Card>
    </div>
  );
}
