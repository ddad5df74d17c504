import { usePrefetchQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Filters } from '../../queries/index.ts';
import { reportCellsQuery, reportFindingsQuery, reportMetaQuery } from '../../queries/index.ts';
import { useConnector, useDictionary, useUrlParams } from '../../ui/index.ts';
import './report.css';
import { CellContext, findingsByCell } from './cell-context.ts';
import { DetailBar } from './detail-bar.tsx';
import { DICT } from './dictionary.ts';
import { ExtraRows } from './extra-rows.tsx';
import { FindingsList } from './findings-list.tsx';
import { MetaCard } from './meta-card.tsx';
import { Narrative } from './narrative.tsx';
import { ReportPicker } from './report-picker.tsx';
import { reportFilters } from './report-export.ts';
import { ReportTables } from './report-tables.tsx';

/** 年报: one report (URL param `report`) re-rendered as the official tables, or a picker when none is chosen. */
export function Report({ filters }: { filters: Filters }) {
  const [params] = useUrlParams();
  const id = params.get('report');
  return (
    <div className="report-view">
      <ReportPicker filters={filters} current={id} />
      {id ? <ReportPage id={id} /> : <Hint />}
    </div>
  );
}

function Hint() {
  const { t } = useDictionary(DICT);
  return <p className="empty">{t('hint')}</p>;
}

function ReportPage({ id }: { id: string }) {
  const db = useConnector();
  const { t } = useDictionary(DICT);
  // Prefetch and one useSuspenseQuery each: useSuspenseQueries renders once more after every key change.
  usePrefetchQuery(reportCellsQuery(db, id));
  usePrefetchQuery(reportFindingsQuery(db, id));
  const { data: m } = useSuspenseQuery(reportMetaQuery(db, id));
  const { data: cells } = useSuspenseQuery(reportCellsQuery(db, id));
  const { data: findings } = useSuspenseQuery(reportFindingsQuery(db, id));
  const [shown, setShown] = useState<string | null>(null);
  const byCell = useMemo(() => findingsByCell(findings), [findings]);
  const context = useMemo(
    () => ({ cells, ambiguous: m?.ambiguous ?? {}, findings: byCell, onShow: setShown }),
    [cells, m, byCell],
  );
  if (!m) return <p className="empty" role="status">{t('unknown', { id })}</p>;
  return (
    <CellContext.Provider value={context}>
      <MetaCard meta={m} />
      <a
        className="skip-link"
        href="#report-findings"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('report-findings')?.focus();
        }}
      >
        {t('skip')}
      </a>
      <ReportTables meta={m} />
      <div id="report-findings" tabIndex={-1}>
        <FindingsList findings={findings} tables={m.tables} reportId={m.reportId} filters={reportFilters(m)} />
      </div>
      <ExtraRows rows={m.extraRows} filters={reportFilters(m)} />
      <Narrative narrative={m.narrative} />
      <DetailBar shown={shown} />
    </CellContext.Provider>
  );
}
