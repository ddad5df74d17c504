import { usePrefetchQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { pinyinRanks } from '../../domain/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import type { Filters, IndicatorRow } from '../../queries/index.ts';
import { indicatorByGroupQuery, peerGridExtentQuery, peerGridQuery, peerYearsQuery } from '../../queries/index.ts';
import { useConnector, usePaged } from '../../ui/index.ts';
import type { GridAgency } from './year-grid.ts';

const sorted = new WeakMap<readonly IndicatorRow[], GridAgency[]>();

/** The agencies of a grouped result by pinyin, sorted once per result (a province's peer group has 10,000). */
function byPinyin(rows: readonly IndicatorRow[]): GridAgency[] {
  let agencies = sorted.get(rows);
  if (!agencies) {
    const pinyin = pinyinRanks(rows.map((r) => r.agencyName ?? ''));
    const rank = (a: GridAgency) => pinyin.get(a.name) ?? 0;
    agencies = rows.map((r) => ({ id: r.agencyId ?? '', name: r.agencyName ?? '' })).sort((a, b) => rank(a) - rank(b));
    sorted.set(rows, agencies);
  }
  return agencies;
}

export interface YearGrid {
  /** Every agency of the peer group, by pinyin. */
  agencies: GridAgency[];
  /** The agencies drawn: one page of them, chosen with `controls`. */
  drawn: GridAgency[];
  controls: ReactNode;
  /** The agency-year figures of the agencies drawn. */
  rows: IndicatorRow[];
  /** The years in which the group has reports under the filters. */
  years: number[];
  /** The scale of the whole group (for counts from SQL), so that every page is coloured alike. */
  extent: { min: number; max: number };
}

/**
 * One indicator per agency and year for a page of the peer group: the agency list and the page's figures are
 * both picked from the ranking's answer per agency and year, so a page, year, kind or template change asks
 * nothing, and a region change asks once.
 *
 * Prefetch, then one useSuspenseQuery each, rather than useSuspenseQueries: that hook's observer swaps its
 * queries in an effect after a key change and re-renders the charts once more with equal data (new
 * formatter closures, so ECharts drew all three compare charts twice per click).
 */
export function useYearGrid(filters: Filters, id: IndicatorId, size: number): YearGrid {
  const db = useConnector();
  usePrefetchQuery(peerGridExtentQuery(db, filters, id));
  usePrefetchQuery(indicatorByGroupQuery(db, filters, id, 'agency'));
  const { data: group } = useSuspenseQuery(indicatorByGroupQuery(db, filters, id, 'agency'));
  const agencies = byPinyin(group);
  const { page, controls } = usePaged(agencies, (a) => a.name, size);
  const { data: grid } = useSuspenseQuery(peerGridQuery(db, filters, id, page.rows.map((a) => a.id)));
  const { data: extent } = useSuspenseQuery(peerGridExtentQuery(db, filters, id));
  const { data: years } = useSuspenseQuery(peerYearsQuery(db, filters, id));
  return { agencies, drawn: page.rows, controls, rows: grid, years, extent };
}
