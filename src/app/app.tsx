import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Connector } from '../db/index.ts';
import { Boundary, ConnectorContext, LanguageContext, translate, useT, useUrlBusy, useUrlParams } from '../ui/index.ts';
import { findRoute, ROUTES } from './routes.ts';
import { FilterBar } from './filter-bar.tsx';
import type { Startup } from './start.ts';
import { readViewState, viewStateParams } from './view-state.ts';

function Dashboard({ startup }: { startup: Startup }) {
  const { data: db } = useSuspenseQuery({ queryKey: ['database'], queryFn: () => startup.firstScreen });
  const [params, setParams] = useUrlParams();
  const state = readViewState(params);
  const route = findRoute(params.get('v'));
  const View = route.view;
  const database = useDatabaseReady(startup.database);
  const main = useRef<HTMLElement>(null);
  // Busy while a changed view or filter loads (the old one stays on screen meanwhile).
  useUrlBusy(main, params.toString());
  return (
    <ConnectorContext.Provider value={db}>
      <LanguageContext.Provider value={state.lang}>
        <Header
          database={database}
          onLanguage={() => setParams(viewStateParams({ ...state, lang: state.lang === 'zh' ? 'en' : 'zh' }))}
        />
        <Nav current={route.id} onPick={(v) => setParams({ v: v === 'overview' ? null : v })} />
        <main ref={main}>
          {/* The first screen may come from the build's snapshot: filters need DuckDB, so they wait for it. */}
          <fieldset className="filter-scope" disabled={!database.ready} aria-busy={!database.ready}>
            <Boundary>
              <FilterBar state={state} scope={route.filters} onChange={(next) => setParams(viewStateParams(next))} />
            </Boundary>
          </fieldset>
          {state.filters.dataset === 'demo' ? <DemoNotice /> : null}
          <Boundary>
            <View filters={state.filters} />
          </Boundary>
        </main>
      </LanguageContext.Provider>
    </ConnectorContext.Provider>
  );
}

function Header({ database, onLanguage }: { database: DatabaseReady; onLanguage: () => void }) {
  const { t, lang } = useT();
  return (
    <header className="top">
      <div>
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
        <DatabaseStatus database={database} />
      </div>
      <button type="button" onClick={onLanguage} lang={lang === 'zh' ? 'en' : 'zh'}>
        {t('app.language')}
      </button>
    </header>
  );
}

interface DatabaseReady {
  ready: boolean;
  error: Error | null;
}

/** Whether DuckDB holds all data yet; under the ['database'] key, which reloading views after an import leaves alone. */
function useDatabaseReady(database: Promise<Connector>): DatabaseReady {
  const { isSuccess, error } = useQuery({ queryKey: ['database', 'ready'], queryFn: () => database.then(() => true) });
  return { ready: isSuccess, error };
}

/** While the first screen shows the build's snapshot, DuckDB is still starting: say so quietly. */
function DatabaseStatus({ database }: { database: DatabaseReady }) {
  const { t } = useT();
  if (database.error) return <p role="alert">{database.error.message}</p>;
  return database.ready ? null : (
    <p role="status" aria-busy="true">
      {t('app.loading')}
    </p>
  );
}

function Nav({ current, onPick }: { current: string; onPick: (id: string) => void }) {
  const { t } = useT();
  return (
    <nav className="views" aria-label={t('nav.label')}>
      {ROUTES.map((r) => (
        <a
          key={r.id}
          href={`?v=${r.id}`}
          aria-current={r.id === current ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            onPick(r.id);
          }}
        >
          {t(r.label)}
        </a>
      ))}
    </nav>
  );
}

function DemoNotice() {
  const { t } = useT();
  return (
    <p className="notice" role="note">
      {t('dataset.demoNotice')}
    </p>
  );
}

/** The dashboard: shows the views once `startup` can answer the first screen. */
export function App({ startup }: { startup: Startup }) {
  const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
  return (
    <Boundary fallback={<p className="starting" aria-busy="true">{translate(lang, 'app.loading')}</p>}>
      <Dashboard startup={startup} />
    </Boundary>
  );
}
