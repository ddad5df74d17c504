import { useSuspenseQuery } from '@tanstack/react-query';
import { CardExport } from '../../export/index.ts';
import type { Filters } from '../../queries/index.ts';
import { agencyReportsSql, agencyYearsQuery } from '../../queries/index.ts';
import { Card, useConnector, useDictionary, useT, useUrlParams, ViewLink } from '../../ui/index.ts';
import './agency.css';
import { AgencyPicker } from './agency-picker.tsx';
import { DICT } from './dictionary.ts';
import { HeadlineTable } from './headline-table.tsx';
import { yearSpan } from './headline.ts';
import { MissingYears } from './missing-years.tsx';
import { ReportTable } from './report-table.tsx';
import { Trends } from './trends.tsx';

/** 机关: every year of one agency (URL param `agency`), or a picker when none is chosen. */
export function Agency({ filters }: { filters: Filters }) {
  const [params] = useUrlParams();
  const id = params.get('agency');
  return (
    <div className="agency-view">
      <AgencyPicker filters={filters} current={id} />
      {id ? <AgencyPage id={id} filters={filters} /> : <Hint />}
    </div>
  );
}

function Hint() {
  const { t } = useDictionary(DICT);
  return <p className="empty">{t('hint')}</p>;
}

function AgencyPage({ id, filters }: { id: string; filters: Filters }) {
  const db = useConnector();
  const { t } = useDictionary(DICT);
  const shell = useT();
  const { data } = useSuspenseQuery(agencyYearsQuery(db, id));
  if (!data.agency) return <p className="empty" role="status">{t('unknown', { id })}</p>;
  const a = data.agency;
  const dataset = data.reports[0]?.dataset ?? filters.dataset;
  const scope: Filters = { dataset, years: [], kinds: [], agencies: [a.agencyId] };
  return (
    <>
      <header className="page-head">
        <h2 data-testid="agency-name">{a.name}</h2>
        <p className="muted">
          {t('kindCounty', { kind: shell.t(`kind.${a.kind}`), county: a.county ?? '' })} ·{' '}
          <ViewLink to={{ v: 'compare', peer: a.kind }}>{t('peers', { kind: shell.t(`kind.${a.kind}`) })}</ViewLink>
        </p>
        <MissingYears years={data} />
      </header>
      <div className="grid">
        <div className="span-all">
          <Card title={t('headline')}>
            <HeadlineTable filters={scope} years={data} />
          </Card>
        </div>
        <Card title={t('trends')}>
          <Trends filters={scope} name={a.name} years={yearSpan(data.reports.map((r) => r.year), data.datasetYears)} />
        </Card>
        <Card title={t('reports')} actions={<CardExport rows={agencyReportsSql(a.agencyId)} filters={scope} />}>
          <ReportTable years={data} />
        </Card>
      </div>
    </>
  );
}
