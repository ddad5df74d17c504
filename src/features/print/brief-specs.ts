import { requestsByKindOption } from '../../charts/index.ts';
import type { Connector } from '../../db/index.ts';
import { AGENCY_KINDS } from '../../domain/index.ts';
import type { ExportSpec } from '../../export/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { loadRequestsByYear, requestsByYearSql } from '../../queries/index.ts';
import type { Language } from '../../ui/index.ts';
import { formatCount, translate } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

/** The indicators a brief shows as trend charts. */
export const BRIEF_INDICATORS = ['received_new', 'disclosure_rate', 'review_total', 'litigation_total'] as const satisfies readonly IndicatorId[];

/** Export spec of new requests by year and agency kind. */
export async function requestsSpec(db: Connector, f: Filters, lang: Language): Promise<ExportSpec> {
  const option = requestsByKindOption(await loadRequestsByYear(db, f), {
    kinds: AGENCY_KINDS,
    kindLabel: (k) => translate(lang, `kind.${k}` as 'kind.township'),
    yName: translate(lang, 'overview.requestsAxis'),
    format: (v) => formatCount(v, lang),
  });
  return { title: DICT[lang].requests, option, rows: requestsByYearSql(f), filters: f, indicators: ['received_new'] };
}
