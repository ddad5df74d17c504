import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import type { AgencyKind } from '../domain/index.ts';

export interface DatasetFacets {
  datasets: string[];
  years: number[];
  kinds: AgencyKind[];
}

/** The datasets, years and agency kinds present, for the filter controls. */
export const datasetFacetsQuery = (db: Connector, dataset: string) =>
  queryOptions({
    queryKey: ['datasetFacets', dataset],
    queryFn: async (): Promise<DatasetFacets> => {
      const datasets = await db.query<{ dataset: string }>(
        sql`SELECT DISTINCT dataset FROM reports ORDER BY dataset`,
      );
      const years = await db.query<{ year: number }>(
        sql`SELECT DISTINCT year FROM reports WHERE dataset = ${dataset} ORDER BY year`,
      );
      const kinds = await db.query<{ kind: AgencyKind }>(
        sql`SELECT DISTINCT kind FROM report_list WHERE dataset = ${dataset} ORDER BY kind`,
      );
      return {
        datasets: datasets.map((r) => r.dataset),
        years: years.map((r) => Number(r.year)),
        kinds: kinds.map((r) => r.kind),
      };
    },
  });
