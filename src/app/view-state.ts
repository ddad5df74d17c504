import type { AgencyKind } from '../domain/index.ts';
import { AGENCY_KINDS } from '../domain/index.ts';
import type { Filters } from '../queries/index.ts';
import type { Language } from '../ui/index.ts';

/** Everything a shared link carries: dataset, filters and language. */
export interface ViewState {
  filters: Filters;
  lang: Language;
}

/** Report templates a link may filter by (reports.template). */
export const REPORT_TEMPLATES: readonly string[] = ['v2019', 'v2021', 'mixed'];

const isKind = (k: string): k is AgencyKind => (AGENCY_KINDS as readonly string[]).includes(k);

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

/** Read the view state from URL params, ignoring anything malformed. */
export function readViewState(params: URLSearchParams): ViewState {
  return {
    filters: {
      dataset: params.get('ds') || 'demo',
      years: list(params.get('y'))
        .map(Number)
        .filter((y) => Number.isInteger(y) && y > 1990 && y < 2100),
      kinds: list(params.get('k')).filter(isKind),
      cities: list(params.get('ci')),
      counties: list(params.get('c')),
      templates: list(params.get('t')).filter((t) => REPORT_TEMPLATES.includes(t)),
    },
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
  };
}

/** The URL params for a view state; defaults are left out so links stay short. */
export function viewStateParams(state: ViewState): Record<string, string | null> {
  return {
    ds: state.filters.dataset === 'demo' ? null : state.filters.dataset,
    y: state.filters.years.length ? [...state.filters.years].sort().join(',') : null,
    k: state.filters.kinds.length ? state.filters.kinds.join(',') : null,
    ci: state.filters.cities?.length ? state.filters.cities.join(',') : null,
    c: state.filters.counties?.length ? state.filters.counties.join(',') : null,
    t: state.filters.templates?.length ? state.filters.templates.join(',') : null,
    lang: state.lang === 'zh' ? null : state.lang,
  };
}
