import type { Filters } from '../../queries/index.ts';
import { Card, useDictionary } from '../../ui/index.ts';
import { ApplicantChart } from './applicant-chart.tsx';
import { DICT } from './dictionary.ts';
import { OutcomeMix } from './outcome-mix.tsx';
import { RatesChart } from './rates-chart.tsx';
import { RatesTable } from './rates-table.tsx';

/** 依申请公开: who asks, how requests are answered, and the rates with their denominators. */
export function Requests({ filters }: { filters: Filters }) {
  const { t } = useDictionary(DICT);
  return (
    <div className="grid">
      <Card title={t('applicants')}>
        <ApplicantChart filters={filters} />
      </Card>
      <Card title={t('ratesTitle')}>
        <RatesChart filters={filters} />
      </Card>
      <div className="span-all">
        <Card title={t('rates')}>
          <RatesTable filters={filters} />
        </Card>
      </div>
      <div className="span-all">
        <Card title={t('outcomes')} footer={t('sumNote')}>
          <OutcomeMix filters={filters} />
        </Card>
      </div>
    </div>
  );
}
