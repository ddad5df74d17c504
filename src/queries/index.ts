export type { Filters } from './filters.ts';
export type { RequestsByYearRow } from './requests-by-year.ts';
export { requestsByYearQuery, requestsByYearSql } from './requests-by-year.ts';
export type { AgencyTableRow } from './agency-table.ts';
export { agencyTableQuery, agencyTableSql } from './agency-table.ts';
export type { DatasetFacets } from './dataset-facets.ts';
export { datasetFacetsQuery } from './dataset-facets.ts';
