import type { Filters } from '../queries/index.ts';
import type { Lang, Word } from './dictionary.ts';
import { word } from './dictionary.ts';

/** What a view is filtered by: the dashboard's own Filters (empty lists mean "all"). */
export type ExportFilters = Filters;

/** Names the filters alone do not carry, looked up in the data (see `scopeSql`). */
export interface FilterPlaces {
  /** Each region of the selection as "province city county". */
  regions?: readonly string[];
  /** The provinces and cities of the selection, to name a long list of counties by what holds them. */
  provinces?: readonly string[];
  cities?: readonly string[];
  /** Names of the selected agencies (when `agencies` is set). */
  agencyNames?: readonly string[];
}

/** Years in words: "2021–2023" for a run, "2019、2021" otherwise. */
export function describeYears(years: readonly number[], lang: Lang): string {
  if (years.length === 0) return word(lang, 'allYears');
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  if (sorted.length === 1) return String(first);
  if (last - first === sorted.length - 1) return `${first}–${last}`;
  return sorted.join(word(lang, 'listSep'));
}

/**
 * The region of a selection in words: up to three counties by name ("示范省 演示市 样例县"), more by what holds
 * them ("示范省 演示市（24 个县区）", "示范省（14 个市、238 个县区）"), so a province's export names no 238 counties.
 */
export function describeRegion(counties: readonly string[], lang: Lang, places: FilterPlaces = {}): string {
  const sep = word(lang, 'listSep');
  const regions = places.regions?.length ? places.regions : counties;
  if (regions.length <= 3) return regions.join(sep);
  const cities = places.cities ?? [];
  const provinces = places.provinces ?? [];
  const n = regions.length;
  if (cities.length > 3) return word(lang, 'regionProvince', { place: provinces.join(sep), cities: cities.length, n });
  if (cities.length > 0) return word(lang, 'regionCities', { place: [provinces.join(sep), cities.join(sep)].filter(Boolean).join(' '), n });
  return word(lang, 'regionCounties', { n });
}

/** The subtitle of an export: the filters in words, e.g. "示范省 演示市 样例县 · 2021–2023 · 乡镇、街道". */
export function describeFilters(filters: ExportFilters, lang: Lang, places: FilterPlaces = {}): string {
  const sep = word(lang, 'listSep');
  const parts: string[] = [];
  const region = describeRegion(filters.counties ?? [], lang, places);
  if (region) parts.push(region);
  const names = places.agencyNames ?? filters.agencies ?? [];
  if (names.length > 3) parts.push(word(lang, 'agenciesMore', { names: names.slice(0, 3).join(sep), n: names.length }));
  else if (names.length) parts.push(names.join(sep));
  parts.push(describeYears(filters.years, lang));
  parts.push(filters.kinds.length ? filters.kinds.map((k) => word(lang, `kind.${k}` as Word)).join(sep) : word(lang, 'allKinds'));
  if (filters.templates?.length) parts.push(word(lang, 'templates', { t: filters.templates.join('/') }));
  return parts.join(word(lang, 'partSep'));
}
