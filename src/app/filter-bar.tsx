import { useSuspenseQuery } from '@tanstack/react-query';
import type { AgencyKind } from '../domain/index.ts';
import { datasetFacetsQuery } from '../queries/index.ts';
import type { MessageKey } from '../ui/index.ts';
import { datasetLabel, useConnector, useT } from '../ui/index.ts';
import type { SetFilters } from './filter-chips.tsx';
import { Chips, toggled } from './filter-chips.tsx';
import { RegionTemplateChips } from './region-chips.tsx';
import type { FilterScope } from './routes.ts';
import type { ViewState } from './view-state.ts';
import { readViewState } from './view-state.ts';

/** Dataset, year and agency-kind filters, as far as the view reads them (`scope`); every change goes to the URL. */
export function FilterBar({ state, scope = 'all', onChange }: { state: ViewState; scope?: FilterScope; onChange: (next: ViewState) => void }) {
  if (scope === 'none') return null;
  return <Filters state={state} scope={scope} onChange={onChange} />;
}

function Filters({ state, scope, onChange }: { state: ViewState; scope: FilterScope; onChange: (next: ViewState) => void }) {
  const db = useConnector();
  const { t, lang } = useT();
  const { data: facets } = useSuspenseQuery(datasetFacetsQuery(db, state.filters.dataset));
  // Apply every change to the URL as it is at click time: while a view suspends, React may hold back this
  // render's props, and a second quick click would otherwise start from stale filters (seen in views.e2e).
  const set: SetFilters = (update) => {
    const current = readViewState(new URLSearchParams(window.location.search));
    onChange({ ...current, filters: { ...current.filters, ...update(current.filters) } });
  };
  return (
    <div className="filters" data-scope={scope}>
      {scope === 'picker' ? <p className="note" style={{ flexBasis: '100%', margin: 0 }}>{t('filter.pickerOnly')}</p> : null}
      <label className="dataset">
        {t('dataset.label')}
        <select
          value={state.filters.dataset}
          onChange={(e) => {
            const dataset = e.target.value;
            set(() => ({ dataset, years: [], kinds: [], cities: [], counties: [], templates: [] }));
          }}
        >
          {facets.datasets.map((d) => (
            <option key={d} value={d}>
              {datasetLabel(lang, d)}
            </option>
          ))}
        </select>
      </label>
      <Chips
        name="years"
        label={t('filter.years')}
        options={facets.years}
        selected={state.filters.years}
        render={String}
        onToggle={(y) => set(toggled('years', y))}
      />
      {scope === 'peer' ? null : (
        <Chips<AgencyKind>
          name="kinds"
        label={t('filter.kinds')}
          options={facets.kinds}
          selected={state.filters.kinds}
          render={(k) => t(`kind.${k}`)}
          onToggle={(k) => set(toggled('kinds', k))}
        />
      )}
      <RegionTemplateChips state={state} set={set} />
    </div>
  );
}
