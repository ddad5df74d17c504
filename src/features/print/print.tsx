import { useSuspenseQuery } from '@tanstack/react-query';
import type { Filters } from '../../queries/index.ts';
import { agencyTableQuery, agencyTableSql } from '../../queries/index.ts';
import { describeFilters, everyAgencyBatch, everyIndicatorBatch, ExportMenu, loadScope, sourceLine, trendSpec } from '../../export/index.ts';
import { AgencyTotalsTable, Boundary, formatCount, useConnector, useDictionary, useSearchList, useT, useUrlParams } from '../../ui/index.ts';
import { BRIEF_INDICATORS, requestsSpec } from './brief-specs.ts';
import { DICT } from './dictionary.ts';
import { PrintChart } from './print-chart.tsx';
import './print.css';

/** A print-friendly A4 brief for one county (the selection) or one agency of it: key charts and the agency table. */
export function Print({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { t, lang } = useDictionary(DICT);
  const [params, setParams] = useUrlParams();
  const { data: agencies } = useSuspenseQuery(agencyTableQuery(db, filters));
  const agency = agencies.find((a) => a.agencyId === params.get('a'));
  // A province has 10,000 agencies: past 200 the picker searches, and the picked agency stays an option.
  const { rows: offered, search } = useSearchList(agencies, (a) => a.name, undefined, (a) => a === agency);
  const f: Filters = agency ? { ...filters, agencies: [agency.agencyId] } : filters;
  const { data: scope } = useSuspenseQuery({ queryKey: ['printScope', f], queryFn: () => loadScope(db, f) });
  const name = agency?.name ?? (scope.counties.join('、') || t('whole'));
  const key = JSON.stringify(f);
  return (
    <article className="print-page" data-testid="print-page">
      <div className="print-controls no-print">
        <label>
          {t('scopeAgency')}{' '}
          <select value={agency?.agencyId ?? ''} onChange={(e) => setParams({ a: e.target.value || null })}>
            <option value="">{t('whole')}</option>
            {offered.map((a) => (
              <option key={a.agencyId} value={a.agencyId}>{a.name}</option>
            ))}
          </select>
        </label>
        {search}
        <button type="button" className="primary" onClick={() => window.print()}>{t('print')}</button>
      </div>
      <header className="print-head">
        <h1>{t('heading', { name })}</h1>
        <p>{describeFilters(f, lang, scope)}</p>
        <p className="note">{sourceLine(scope, lang)}</p>
      </header>
      <Boundary>
        {agency ? null : <PrintChart id={`requests${key}`} load={() => requestsSpec(db, f, lang)} />}
        {BRIEF_INDICATORS.map((id) => (
          <PrintChart
            key={id}
            id={`${id}${key}`}
            load={() => trendSpec(db, f, id, lang)}
            batches={[agency ? everyIndicatorBatch(db, f, agency.name, lang) : everyAgencyBatch(db, f, id, lang)]}
          />
        ))}
      </Boundary>
      {agency ? null : <AgencySection filters={f} />}
    </article>
  );
}

/** Rows of the brief's agency table: a province's 10,000 would print some 250 pages (the export has them all). */
const TABLE_ROWS = 300;

export function AgencySection({ filters }: { filters: Filters }) {
  const db = useConnector();
  const { lang } = useT();
  const { t } = useDictionary(DICT);
  const { data } = useSuspenseQuery(agencyTableQuery(db, filters));
  return (
    <section className="print-table">
      <div className="card-head">
        <h2>{t('agencies')}</h2>
        <div className="no-print">
          <ExportMenu db={db} lang={lang} title={t('agencies')} rows={agencyTableSql(filters)} filters={filters} indicators={['disclosure_rate']} />
        </div>
      </div>
      {data.length > TABLE_ROWS ? <p className="note" data-testid="print-table-cut">{t('tableCut', { n: formatCount(data.length, lang), shown: TABLE_ROWS })}</p> : null}
      <AgencyTotalsTable rows={data.length > TABLE_ROWS ? data.slice(0, TABLE_ROWS) : data} testId="print-agency-table" showReports={false} />
    </section>
  );
}
