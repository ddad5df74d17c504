import { CardExport } from '../../export/index.ts';
import type { Filters } from '../../queries/index.ts';
import { coverageMatrixSql, findingsListSql } from '../../queries/index.ts';
import { Boundary, Card, useDictionary, useUrlParams } from '../../ui/index.ts';
import { CoverageMatrix } from './coverage-matrix.tsx';
import { DICT } from './dictionary.ts';
import { FindingsFilters } from './findings-filters.tsx';
import { FindingsTable } from './findings-table.tsx';
import { qualityParams, readQualityParams } from './quality-params.ts';
import './quality.css';

/** Data quality: which reports exist and how clean they are, then every finding with a way to its report. */
export function Quality({ filters }: { filters: Filters }) {
  const { t, lang } = useDictionary(DICT);
  const [params, setParams] = useUrlParams();
  const q = readQualityParams(params);
  const sep = lang === 'zh' ? '、' : ', ';
  // The quality view's own narrowing, stated under an export of the findings it lists.
  const narrowing = [
    q.rules.length ? `${t('rule')}: ${q.rules.join(sep)}` : '',
    q.severities.length ? `${t('severity')}: ${q.severities.map((s) => t(s)).join(sep)}` : '',
    q.years.length ? `${t('year')}: ${q.years.join(sep)}` : '',
    q.agencies.length ? `${t('agency')}: ${q.agencies.map((a) => a.split('/').pop()).join(sep)}` : '',
  ].filter(Boolean);
  return (
    <div className="quality">
      <Card title={t('matrix')} actions={<CardExport rows={coverageMatrixSql(filters)} filters={filters} />}>
        <CoverageMatrix filters={filters} />
      </Card>
      <Card title={t('findings')} actions={<CardExport rows={findingsListSql(filters, q, true)} filters={filters} notes={narrowing} />}>
        <FindingsFilters filters={filters} q={q} onChange={(next) => setParams(qualityParams(next))} />
        <Boundary>
          <FindingsTable filters={filters} q={q} />
        </Boundary>
      </Card>
    </div>
  );
}
