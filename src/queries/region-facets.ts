import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import { pinyinRanks } from '../domain/index.ts';

export interface RegionFacets {
  /** Cities in pinyin order (one for a county's data). */
  cities: string[];
  /** Counties in pinyin order, each with its city. */
  counties: { county: string; city: string }[];
  templates: string[];
}

const inPinyinOrder = (names: readonly string[]): string[] => {
  const rank = pinyinRanks(names);
  return [...names].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
};

/** The cities, counties and report templates of a dataset, for the region and template filters. */
export const regionFacetsQuery = (db: Connector, dataset: string) =>
  queryOptions({
    queryKey: ['regionFacets', dataset],
    queryFn: async (): Promise<RegionFacets> => {
      const places = await db.query<{ city: string | null; county: string }>(sql`
        SELECT DISTINCT coalesce(city, '') AS city, county FROM report_list WHERE dataset = ${dataset} AND nullif(county, '') IS NOT NULL`);
      const templates = await db.query<{ template: string }>(sql`
        SELECT DISTINCT template FROM report_list WHERE dataset = ${dataset} ORDER BY template`);
      const cityOf = new Map(places.map((p) => [String(p.county), String(p.city ?? '')]));
      return {
        cities: inPinyinOrder([...new Set(places.map((p) => String(p.city ?? '')).filter(Boolean))]),
        counties: inPinyinOrder([...cityOf.keys()]).map((county) => ({ county, city: cityOf.get(county) ?? '' })),
        templates: templates.map((t) => String(t.template)),
      };
    },
  });
