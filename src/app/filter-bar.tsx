import { useSuspenseQuery } from '@tanstack/react-query';
import type { AgencyKind } from '../domain/index.ts';
import { datasetFacetsQuery, regionFacetsQuery } from '../queries/index.ts';
import type { MessageKey } from '../ui/index.ts';
import { useConnector, useT } from '../ui/index.ts';
import type { ViewState } from './view-state.ts';
import { readViewState } from './view-state.ts';

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

interface ChipsProps<T extends string | number> {
  label: string;
  options: readonly T[];
  selected: readonly T[];
  render: (value: T) => string;
  onChange: (next: T[]) => void;
}

function Chips<T extends string | number>({ label, options, selected, render, onChange }: ChipsProps<T>) {
  const { t } = useT();
  return (
    <fieldset className="chips">
      <legend>{label}</legend>
      <button type="button" aria-pressed={selected.length === 0} onClick={() => onChange([])}>
        {t('filter.all')}
      </button>
      {options.map((o) => (
        <button key={o} type="button" aria-pressed={selected.includes(o)} onClick={() => onChange(toggle(selected, o))}>
          {render(o)}
        </button>
      ))}
    </fieldset>
  );
}

/** County and report-template chips; a single county is still shown, so the filter is visible. */
function RegionTemplateChips({ state, set }: { state: ViewState; set: (f: Partial<ViewState['filters']>) => void }) {
  const db = useConnector();
  const { t } = useT();
  const { data } = useSuspenseQuery(regionFacetsQuery(db, state.filters.dataset));
  return (
    <>
      <Chips
        label={t('filter.counties')}
        options={data.counties}
        selected={state.filters.counties ?? []}
        render={String}
        onChange={(counties) => set({ counties })}
      />
      <Chips
        label={t('filter.templates')}
        options={data.templates}
        selected={state.filters.templates ?? []}
        render={(v) => t(`template.${v}` as MessageKey)}
        onChange={(templates) => set({ templates })}
      />
    </>
  );
}

/** Dataset, year and agency-kind filters; every change goes to the URL. */
export function FilterBar({ state, onChange }: { state: ViewState; onChange: (next: ViewState) => void }) {
  const db = useConnector();
  const { t } = useT();
  const { data: facets } = useSuspenseQuery(datasetFacetsQuery(db, state.filters.dataset));
  // Merge into the URL as it is now: while a view suspends, React may hold back this render's props, and a
  // second click within that window would otherwise write the stale filters back (seen in views.e2e).
  const set = (filters: Partial<ViewState['filters']>) => {
    const current = readViewState(new URLSearchParams(window.location.search));
    onChange({ ...current, filters: { ...current.filters, ...filters } });
  };
  return (
    <div className="filters">
      <label className="dataset">
        {t('dataset.label')}
        <select
          value={state.filters.dataset}
          onChange={(e) => set({ dataset: e.target.value, years: [], kinds: [], counties: [], templates: [] })}
        >
          {facets.datasets.map((d) => (
            <option key={d} value={d}>
              {t(`dataset.${d}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <Chips
        label={t('filter.years')}
        options={facets.years}
        selected={state.filters.years}
        render={String}
        onChange={(years) => set({ years })}
      />
      <Chips<AgencyKind>
        label={t('filter.kinds')}
        options={facets.kinds}
        selected={state.filters.kinds}
        render={(k) => t(`kind.${k}`)}
        onChange={(kinds) => set({ kinds })}
      />
      <RegionTemplateChips state={state} set={set} />
    </div>
  );
}
