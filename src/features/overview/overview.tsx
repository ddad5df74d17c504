import type { Filters } from '../../queries/index.ts';
import { Boundary, Card, useT } from '../../ui/index.ts';
import { AgencyTable } from './agency-table.tsx';
import { IndicatorCards } from './indicator-cards.tsx';
import { RequestsChart } from './requests-chart.tsx';

/** The landing view: headline indicators, requests over the years by agency kind, and the agencies behind them. */
export function Overview({ filters }: { filters: Filters }) {
  const { t } = useT();
  return (
    <div className="grid">
      <div className="span-all">
        <Boundary>
          <IndicatorCards filters={filters} />
        </Boundary>
      </div>
      <Card title={t('overview.requestsChart')}>
        <RequestsChart filters={filters} />
      </Card>
      <Card title={t('overview.agencies')} footer={t('table.rateNote')}>
        <AgencyTable filters={filters} />
      </Card>
    </div>
  );
}
