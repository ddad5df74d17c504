import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';

export interface RegionFacets {
  counties: string[];
  templates: string[];
}

/** The counties and report templates of a dataset, for the region and template filters. */
export const regionFacetsQuery = (db: Connector, dataset: string) =>
  queryOptions({
    queryKey: ['regionFacets', dataset],
    queryFn: async (): Promise<RegionFacets> => {
      const rows = await db.query<{ counties: string[]; templates: string[] }>(sql`
        SELECT list(DISTINCT county ORDER BY county) AS counties, list(DISTINCT template ORDER BY template) AS templates
        FROM report_list WHERE dataset = ${dataset}`);
      const [r] = rows;
      return { counties: [...(r?.counties ?? [])].map(String), templates: [...(r?.templates ?? [])].map(String) };
    },
  });
