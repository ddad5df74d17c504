import { useSuspenseQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { pinyinRanks } from '../../domain/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import type { Filters, IndicatorRow } from '../../queries/index.ts';
import { datasetFacetsQuery, indicatorByGroupQuery } from '../../queries/index.ts';
import { useConnector } from '../../ui/index.ts';
import type { GridAgency } from './year-grid.ts';

/** One indicator per agency and year of the peer group, with the agencies by pinyin and the years shown. */
export function useYearGrid(filters: Filters, id: IndicatorId): { rows: IndicatorRow[]; agencies: GridAgency[]; years: number[] } {
  const db = useConnector();
  const [grid, facets] = useSuspenseQueries({
    queries: [indicatorByGroupQuery(db, filters, id, 'agency_year'), datasetFacetsQuery(db, filters.dataset)],
  });
  const rows = grid.data;
  const agencies = useMemo(() => {
    const names = new Map(rows.map((r) => [r.agencyId ?? '', r.agencyName ?? '']));
    const pinyin = pinyinRanks([...names.values()]);
    return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => (pinyin.get(a.name) ?? 0) - (pinyin.get(b.name) ?? 0));
  }, [rows]);
  const years = filters.years.length ? [...filters.years].sort((a, b) => a - b) : facets.data.years;
  return { rows, agencies, years };
}
