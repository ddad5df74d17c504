import type { Filters } from '../../queries/index.ts';
import { Boundary, Card, useDictionary, useUrlParams } from '../../ui/index.ts';
import { CoverageMatrix } from './coverage-matrix.tsx';
import { DICT } from './dictionary.ts';
import { FindingsFilters } from './findings-filters.tsx';
import { FindingsTable } from './findings-table.tsx';
import { qualityParams, readQualityParams } from './quality-params.ts';
import './quality.css';

/** Data quality: which reports exist and how clean they are, then every finding with a way to its report. */
export function Quality({ filters }: { filters: Filters }) {
  const { t } = useDictionary(DICT);
  const [params, setParams] = useUrlParams();
  const q = readQualityParams(params);
  return (
    <div className="quality">
      <Card title={t('matrix')}>
        <CoverageMatrix filters={filters} />
      </Card>
      <Card title={t('findings')}>
        <FindingsFilters filters={filters} q={q} onChange={(next) => setParams(qualityParams(next))} />
        <Boundary>
          <FindingsTable filters={filters} q={q} />
        </Boundary>
      </Card>
    </div>
  );
}
