import type { Filters } from '../../queries/index.ts';
import { Card, useDictionary } from '../../ui/index.ts';
import { MeasureLines } from './disclosure-charts.tsx';
import { DICT } from './dictionary.ts';
import { MeasuresTable } from './measures-table.tsx';

/** 主动公开: comparable decisions over the years, and template-specific figures marked “not comparable”. */
export function Disclosure({ filters }: { filters: Filters }) {
  const { t } = useDictionary(DICT);
  return (
    <div className="grid">
      <Card title={t('decisions')}>
        <MeasureLines filters={filters} measures={['licensing_decisions', 'penalty_decisions', 'coercion_decisions']} axis="decisionsAxis" label="decisions" />
      </Card>
      <Card title={t('normative')} footer={t('normativeNote')}>
        <MeasureLines filters={filters} measures={['normative_docs_new']} axis="normativeAxis" label="normative" />
      </Card>
      <div className="span-all">
        <Card title={t('table')} footer={t('tableNote')}>
          <MeasuresTable filters={filters} />
        </Card>
      </div>
    </div>
  );
}
