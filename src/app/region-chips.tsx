import { useSuspenseQuery } from '@tanstack/react-query';
import { regionFacetsQuery } from '../queries/index.ts';
import type { MessageKey } from '../ui/index.ts';
import { useConnector, useT } from '../ui/index.ts';
import type { SetFilters } from './filter-chips.tsx';
import { Chips, toggled } from './filter-chips.tsx';
import type { ViewState } from './view-state.ts';

// More county chips than this are no help: a province's counties are picked within their cities.
const COUNTY_CHIPS = 40;

/**
 * City chips when the data spans cities; county chips of the picked cities; report-template chips. A group
 * whose one option would narrow nothing (a county's data) is left out, unless a link picked it.
 */
export function RegionTemplateChips({ state, set }: { state: ViewState; set: SetFilters }) {
  const db = useConnector();
  const { t } = useT();
  const { data } = useSuspenseQuery(regionFacetsQuery(db, state.filters.dataset));
  const cities = state.filters.cities ?? [];
  const counties = state.filters.counties ?? [];
  const templates = state.filters.templates ?? [];
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
      {data.counties.length > 1 || counties.length > 0 ? (
        <Chips
          name="counties"
          label={t('filter.counties')}
          options={shown}
          selected={counties}
          render={String}
          onToggle={(c) => set(toggled('counties', c))}
        />
      ) : null}
      {shown.length < inCities.length ? (
        <p className="note filter-note">{t(cities.length ? 'filter.countiesHiddenPicked' : 'filter.countiesHidden', { n: inCities.length })}</p>
      ) : null}
      {data.templates.length > 1 || templates.length > 0 ? (
        <Chips
          name="templates"
          label={t('filter.templates')}
          options={data.templates}
          selected={templates}
          render={(v) => t(`template.${v}` as MessageKey)}
          onToggle={(v) => set(toggled('templates', v))}
        />
      ) : null}
    </>
  );
}
