export type { Indicator, IndicatorId, SummaryColumn, Term } from './indicators.ts';
export { indicator, INDICATORS, isIndicatorId } from './indicators.ts';
export { funnelLimits, MIN_DENOMINATOR, wilson } from './wilson.ts';
export type { DisclosureMeasure, DisclosureMeasureId } from './disclosure-measures.ts';
export { DISCLOSURE_MEASURES, isComparable } from './disclosure-measures.ts';
