import { MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { Card, useDictionary } from '../../ui/index.ts';
import { AgencyRanking } from './agency-ranking.tsx';
import { CorrectionRate } from './correction-rates.tsx';
import { DICT } from './dictionary.ts';
import { CorrectionFunnel } from './funnel.tsx';
import { OutcomesByGroup } from './outcomes-by-group.tsx';

/** 复议与诉讼: cases and outcomes per year, correction rates with intervals, and the agencies behind them. */
export function Litigation({ filters }: { filters: Filters }) {
  const { t } = useDictionary(DICT);
  return (
    <div className="grid">
      <div className="span-all">
        <Card title={t('outcomes')} footer={t('sumNote')}>
          <OutcomesByGroup filters={filters} />
        </Card>
      </div>
      <div className="span-all">
        <Card title={t('rates')} footer={t('intervalNote', { min: MIN_DENOMINATOR })}>
          <div className="charts-3">
            <CorrectionRate filters={filters} id="review_correction_rate" color="#1f6fb2" />
            <CorrectionRate filters={filters} id="litigation_correction_rate" color="#b4232a" />
          </div>
        </Card>
      </div>
      <div className="span-all">
        <Card title={t('funnel')}>
          <div className="charts-3">
            <CorrectionFunnel filters={filters} of="review" />
            <CorrectionFunnel filters={filters} of="suit" />
          </div>
        </Card>
      </div>
      <div className="span-all">
        <Card title={t('ranking')} footer={t('rankingNote', { min: MIN_DENOMINATOR })}>
          <AgencyRanking filters={filters} />
        </Card>
      </div>
    </div>
  );
}
