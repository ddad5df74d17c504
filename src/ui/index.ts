export { Boundary, Card } from './card.tsx';
export { ConnectorContext, useConnector } from './connector-context.tsx';
export { compareNames, formatCount, formatRate } from './format.ts';
export type { Dictionary } from './i18n.tsx';
export { LanguageContext, translate, useDictionary, useT } from './i18n.tsx';
export type { Language, MessageKey } from './messages.ts';
export { MESSAGES } from './messages.ts';
export { useUrlParams } from './url-state.ts';
export { QualityBadge } from './quality-badge.tsx';
