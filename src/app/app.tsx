import { useSuspenseQuery } from '@tanstack/react-query';
import { Boundary, ConnectorContext, LanguageContext, translate, useT, useUrlParams } from '../ui/index.ts';
import { openDefaultDatabase } from './default-data.ts';
import { findRoute, ROUTES } from './routes.ts';
import { FilterBar } from './filter-bar.tsx';
import { readViewState, viewStateParams } from './view-state.ts';

function Dashboard() {
  const { data: db } = useSuspenseQuery({ queryKey: ['database'], queryFn: openDefaultDatabase });
  const [params, setParams] = useUrlParams();
  const state = readViewState(params);
  const route = findRoute(params.get('v'));
  const View = route.view;
  return (
    <ConnectorContext.Provider value={db}>
      <LanguageContext.Provider value={state.lang}>
        <Header onLanguage={() => setParams(viewStateParams({ ...state, lang: state.lang === 'zh' ? 'en' : 'zh' }))} />
        <Nav current={route.id} onPick={(v) => setParams({ v: v === 'overview' ? null : v })} />
        <main>
          <Boundary>
            <FilterBar state={state} onChange={(next) => setParams(viewStateParams(next))} />
          </Boundary>
          {state.filters.dataset === 'demo' ? <DemoNotice /> : null}
          <Boundary>
            <View filters={state.filters} />
          </Boundary>
        </main>
      </LanguageContext.Provider>
    </ConnectorContext.Provider>
  );
}

function Header({ onLanguage }: { onLanguage: () => void }) {
  const { t, lang } = useT();
  return (
    <header className="top">
      <div>
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <button type="button" onClick={onLanguage} lang={lang === 'zh' ? 'en' : 'zh'}>
        {t('app.language')}
      </button>
    </header>
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

/** The dashboard: starts DuckDB once, loads the embedded data, then shows the views. */
export function App() {
  const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
  return (
    <Boundary fallback={<p className="starting" aria-busy="true">{translate(lang, 'app.loading')}</p>}>
      <Dashboard />
    </Boundary>
  );
}
