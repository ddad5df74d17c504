import type { Connector, Sql } from '../db/index.ts';
import { sql } from '../db/index.ts';
import { filterClause } from '../queries/index.ts';
import type { ExportFilters, FilterPlaces } from './describe-filters.ts';
import { describeRegion, describeYears } from './describe-filters.ts';
import type { Lang, Word } from './dictionary.ts';
import { word } from './dictionary.ts';

/** What the reports behind an export are: counts, years, templates, regions and consistency findings. */
export interface Scope extends FilterPlaces {
  dataset: string;
  reports: number;
  agencies: number;
  years: readonly number[];
  templates: readonly string[];
  counties: readonly string[];
  findings: number;
  findingErrors: number;
}

/** One row describing the reports a filter selects, with the findings that touch them. */
export function scopeSql(f: ExportFilters): Sql {
  return sql`
    WITH sel AS (SELECT * FROM report_list WHERE ${filterClause(f)})
    SELECT count(*) AS reports,
           count(DISTINCT agency_id) AS agencies,
           coalesce(list(DISTINCT year ORDER BY year), []) AS years,
           coalesce(list(DISTINCT template ORDER BY template), []) AS templates,
           coalesce(list(DISTINCT nullif(county, '') ORDER BY nullif(county, '')) FILTER (WHERE nullif(county, '') IS NOT NULL), []) AS counties,
           coalesce(list(DISTINCT nullif(city, '') ORDER BY nullif(city, '')) FILTER (WHERE nullif(city, '') IS NOT NULL), []) AS cities,
           coalesce(list(DISTINCT nullif(province, '') ORDER BY nullif(province, '')) FILTER (WHERE nullif(province, '') IS NOT NULL), []) AS provinces,
           coalesce(list(DISTINCT concat_ws(' ', nullif(province, ''), nullif(city, ''), nullif(county, '')) ORDER BY concat_ws(' ', nullif(province, ''), nullif(city, ''), nullif(county, '')))
             FILTER (WHERE nullif(county, '') IS NOT NULL), []) AS regions,
           coalesce(list(DISTINCT agency_name ORDER BY agency_name) FILTER (WHERE ${(f.agencies ?? []).length > 0}), []) AS agency_names,
           (SELECT count(*) FROM findings WHERE report_id IN (SELECT report_id FROM sel)) AS findings,
           (SELECT count(*) FROM findings WHERE severity = 'error' AND report_id IN (SELECT report_id FROM sel)) AS finding_errors
    FROM sel`;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v && typeof v === 'object' && 'toArray' in v ? [...(v as { toArray(): unknown[] }).toArray()] : []);

/** Look up the scope of a filter. */
export async function loadScope(db: Connector, f: ExportFilters): Promise<Scope> {
  const [r = {}] = await db.query(scopeSql(f));
  return {
    dataset: f.dataset,
    reports: Number(r.reports ?? 0),
    agencies: Number(r.agencies ?? 0),
    years: list(r.years).map(Number),
    templates: list(r.templates).map(String),
    counties: list(r.counties).map(String),
    regions: list(r.regions).map(String),
    cities: list(r.cities).map(String),
    provinces: list(r.provinces).map(String),
    agencyNames: list(r.agency_names).map(String),
    findings: Number(r.findings ?? 0),
    findingErrors: Number(r.finding_errors ?? 0),
  };
}

const dataLabel = (dataset: string, lang: Lang) =>
  ['demo', 'samples'].includes(dataset) ? word(lang, `data.${dataset}` as Word) : word(lang, 'data.imported');

/** The source line: which reports, templates and data version, e.g. "来源：样例县 42 个机关 2019–2025 年…". */
export function sourceLine(scope: Scope, lang: Lang): string {
  const data = dataLabel(scope.dataset, lang);
  if (scope.reports === 0) return word(lang, 'sourceEmpty', { data });
  const place = describeRegion(scope.counties, lang, { cities: scope.cities ?? [], provinces: scope.provinces ?? [] });
  const region = place ? (lang === 'zh' ? `${place} ` : `in ${place} `) : '';
  const templates = scope.templates.map((t) => (t === 'mixed' ? word(lang, 'mixedTemplate') : t)).join('/');
  return word(lang, 'source', { region, n: scope.agencies, years: describeYears(scope.years, lang), templates, data });
}

/** A visible note when consistency findings touch the reports behind an export; null when none do. */
export function findingsNote(scope: Scope, lang: Lang): string | null {
  return scope.findings > 0 ? word(lang, 'findings', { n: scope.findings, errors: scope.findingErrors }) : null;
}
