import { useMemo } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { IndicatorId } from '../../indicators/index.ts';
import type { Filters, IndicatorRow } from '../../queries/index.ts';
import { indicatorsQuery, summableFilters } from '../../queries/index.ts';
import { useConnector } from '../../ui/index.ts';

export const RATE_IDS = [
  'disclosure_rate',
  'withheld_rate',
  'cannot_provide_rate',
  'not_processed_rate',
  'carry_over_rate',
  'natural_person_share',
  'review_rate',
  'litigation_rate',
] as const satisfies readonly IndicatorId[];

/** Every request rate of the indicator library per year (shared cache: chart and table ask once). */
export function useRates(filters: Filters): { byId: Map<IndicatorId, IndicatorRow[]>; years: number[] } {
  const db = useConnector();
  const { data } = useSuspenseQuery(indicatorsQuery(db, summableFilters(filters), 'year', RATE_IDS));
  // The same object while the rows are: the charts built from it are memoised on it.
  return useMemo(() => {
    const byId = new Map(RATE_IDS.map((id) => [id as IndicatorId, data[id]]));
    const years = [...new Set([...byId.values()].flat().map((r) => r.year ?? 0))].sort((a, b) => a - b);
    return { byId, years };
  }, [data]);
}
