import type { AgencyKind } from '../../domain/index.ts';
import { AGENCY_KINDS } from '../../domain/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import { isIndicatorId } from '../../indicators/index.ts';

export type PlotKind = 'ranking' | 'funnel';

export interface CompareParams {
  indicator: IndicatorId;
  peer: AgencyKind;
  plot: PlotKind;
}

const isKind = (k: string | null): k is AgencyKind => (AGENCY_KINDS as readonly (string | null)[]).includes(k);

/** Read the compare view's own URL params; the peer group falls back to the filter's kind or the first present. */
export function readCompareParams(params: URLSearchParams, kindsPresent: readonly AgencyKind[], filterKinds: readonly AgencyKind[]): CompareParams {
  const ind = params.get('indicator') ?? '';
  const peer = params.get('peer');
  const preferred = kindsPresent.includes('department') ? 'department' : (kindsPresent[0] ?? 'township');
  const fallback = filterKinds.find((k) => kindsPresent.includes(k)) ?? preferred;
  return {
    indicator: isIndicatorId(ind) ? ind : 'disclosure_rate',
    peer: isKind(peer) && kindsPresent.includes(peer) ? peer : fallback,
    plot: params.get('plot') === 'funnel' ? 'funnel' : 'ranking',
  };
}
