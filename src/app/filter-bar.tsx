import { useSuspenseQuery } from '@tanstack/react-query';
import type { AgencyKind } from '../domain/index.ts';
import { datasetFacetsQuery, regionFacetsQuery } from '../queries/index.ts';
import type { MessageKey } from '../ui/index.ts';
import { MESSAGES, useConnector, useT } from '../ui/index.ts';
import type { FilterScope } from './routes.ts';
import type { ViewState } from './view-state.ts';
import { readViewState } from './view-state.ts';

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

interface ChipsProps<T extends string | number> {
  /** The filter's name, as `data-filter` for tests and benchmarks (views have chip groups of their own). */
  name: 'years' | 'kinds' | 'cities' | 'counties' | 'templates';
  label: string;
  options: readonly T[];
  selected: readonly T[];
  render: (value: T) => string;
  /** Toggle one option, or clear the filter (null); the caller applies it to the current URL state. */
  onToggle: (value: T | null) => void;
}

function Chips<T extends string | number>({ name, label, options, selected, render, onToggle }: ChipsProps<T>) {
  const { t } = useT();
  return (
    <fieldset className="chips" data-filter={name}>
      <legend>{label}</legend>
      <button type="button" aria-pressed={selected.length === 0} onClick={() => onToggle(null)}>
        {t('filter.all')}
      </button>
      {options.map((o) => (
        <button key={o} type="button" aria-pressed={selected.includes(o)} onClick={() => onToggle(o)}>
          {render(o)}
        </button>
      ))}
    </fieldset>
  );
}

/** County and report-template chips; a single county is still shown, so the filter is visible. */
type FilterValues = ViewState['filters'];
type SetFilters = (update: (current: FilterValues) => Partial<FilterValues>) => void;

/** The toggled list of one filter, computed from the filters as they are at click time. */
const toggled =
  <K extends 'years' | 'kinds' | 'cities' | 'counties' | 'templates'>(key: K, value: NonNullable<FilterValues[K]>[number] | null) =>
  (current: FilterValues): Partial<FilterValues> => ({
    [key]: value === null ? [] : toggle((current[key] ?? []) as readonly (typeof value)[], value),
  });

// More county chips than this are no help: a province's counties are picked within their cities.
const COUNTY_CHIPS = 40;

/** City chips when the data spans cities; county chips of the picked cities; report-template chips. */
function RegionTemplateChips({ state, set }: { state: ViewState; set: SetFilters }) {
  const db = useConnector();
  const { t } = useT();
  const { data } = useSuspenseQuery(regionFacetsQuery(db, state.filters.dataset));
  const cities = state.filters.cities ?? [];
  const counties = state.filters.counties ?? [];
  const inCities = cities.length ? data.counties.filter((c) => cities.includes(c.city)) : data.counties;
  const shown = inCities.length <= COUNTY_CHIPS ? inCities.map((c) => c.county) : counties;
  return (
    <>
      {data.cities.length > 1 ? (
        <Chips
          name="cities"
          label={t('filter.cities')}
          options={data.cities}
          selected={cities}
          render={String}
          // Counties outside the new set of cities would select nothing: they go with their city.
          onToggle={(c) =>
            set((f) => {
              const next = toggled('cities', c)(f).cities ?? [];
              const keep = new Set(data.counties.filter((x) => next.length === 0 || next.includes(x.city)).map((x) => x.county));
              return { cities: next, counties: (f.counties ?? []).filter((x) => keep.has(x)) };
            })
          }
        />
      ) : null}
      <Chips
        name="counties"
        label={t('filter.counties')}
        options={shown}
        selected={counties}
        render={String}
        onToggle={(c) => set(toggled('counties', c))}
      />
      {shown.length < inCities.length ? <p className="note filter-note">{t('filter.countiesHidden', { n: inCities.length })}</p> : null}
      <Chips
        name="templates"
        label={t('filter.templates')}
        options={data.templates}
        selected={state.filters.templates ?? []}
        render={(v) => t(`template.${v}` as MessageKey)}
        onToggle={(v) => set(toggled('templates', v))}
      />
    </>
  );
}

/** Dataset, year and agency-kind filters, as far as the view reads them (`scope`); every change goes to the URL. */
export function FilterBar({ state, scope = 'all', onChange }: { state: ViewState; scope?: FilterScope; onChange: (next: ViewState) => void }) {
  if (scope === 'none') return null;
  return <Filters state={state} scope={scope} onChange={onChange} />;
}

function Filters({ state, scope, onChange }: { state: ViewState; scope: FilterScope; onChange: (next: ViewState) => void }) {
  const db = useConnector();
  const { t } = useT();
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
              {`dataset.${d}` in MESSAGES.zh ? t(`dataset.${d}` as MessageKey) : d}
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
