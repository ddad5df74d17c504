import type { AgencyKind } from '../domain/index.ts';

/** What every view is filtered by. Empty lists mean "all". */
export interface Filters {
  dataset: string;
  years: readonly number[];
  kinds: readonly AgencyKind[];
}
