export type { Finding, RuleInfo } from './types.ts';
export { reportId } from './types.ts';
export { checkAcross, checkAll, checkReport } from './check.ts';
export { incrementalChecks } from './incremental.ts';
export { RULES, ruleInfo } from './rules.ts';
export { C1_MIN_DISTINCT, C1_MIN_NONZERO, C2_MIN_CHARS, C2_THRESHOLD } from './copies.ts';
export { P2_LOG10_RATIO, P2_MIN_OTHER_YEARS } from './plausibility.ts';
export type { Quote, QuoteKind } from './quotes.ts';
export { findQuotes } from './quotes.ts';
