import type { EChartsOption } from 'echarts';
import { lineOption, stackedBarOption } from '../../charts/index.ts';
import type { Connector } from '../../db/index.ts';
import { AGENCY_KINDS } from '../../domain/index.ts';
import type { BatchItem, ExportSpec } from '../../export/index.ts';
import type { IndicatorId } from '../../indicators/index.ts';
import { indicator, INDICATORS } from '../../indicators/index.ts';
import type { Filters } from '../../queries/index.ts';
import { agencyTableSql, indicatorByGroupSql, requestsByYearSql, summableFilters } from '../../queries/index.ts';
import type { Language } from '../../ui/index.ts';
import { formatCount, formatRate, translate } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';

/** The indicators a brief shows as trend charts. */
export const BRIEF_INDICATORS = ['received_new', 'disclosure_rate', 'review_total', 'litigation_total'] as const satisfies readonly IndicatorId[];

const trendTitle = (id: IndicatorId, lang: Language) =>
  DICT[lang].trend.replace('{name}', lang === 'zh' ? indicator(id).zh : indicator(id).en);

/** A line of one indicator by year, built from the rows of indicatorByGroupSql(…, 'year'). */
export function trendOption(rows: readonly Record<string, unknown>[], id: IndicatorId, lang: Language): EChartsOption {
  const def = indicator(id);
  const isRate = def.unit === 'rate';
  const data = rows.map((r) => {
    const num = r.numerator === null ? null : Number(r.numerator);
    const den = r.denominator === null ? null : Number(r.denominator);
    return { year: String(r.year), value: isRate ? (num !== null && den ? num / den : null) : num };
  });
  const format = (v: number) => (isRate ? formatRate(v, lang) : formatCount(v, lang));
  return lineOption(data, { x: 'year', series: [{ key: 'value', label: lang === 'zh' ? def.zh : def.en, color: '#b4232a' }], format });
}

/** Export spec of one indicator's trend over a selection. */
export async function trendSpec(db: Connector, f: Filters, id: IndicatorId, lang: Language): Promise<ExportSpec> {
  const rows = indicatorByGroupSql(summableFilters(f), id, 'year');
  const option = trendOption(await db.query(rows), id, lang);
  return { title: trendTitle(id, lang), subject: lang === 'zh' ? indicator(id).zh : indicator(id).en, option, rows, filters: f, indicators: [id] };
}

/** Export spec of new requests by year and agency kind. */
export async function requestsSpec(db: Connector, f: Filters, lang: Language): Promise<ExportSpec> {
  const rows = requestsByYearSql(f);
  const data = (await db.query(rows)).map((r) => ({ year: Number(r.year), kind: String(r.kind), receivedNew: Number(r.received_new) }));
  const option = stackedBarOption(data, {
    x: 'year',
    series: 'kind',
    y: 'receivedNew',
    seriesOrder: AGENCY_KINDS,
    seriesLabel: (k) => translate(lang, `kind.${k}` as 'kind.township'),
    yName: translate(lang, 'overview.requestsAxis'),
    format: (v) => formatCount(v, lang),
  });
  return { title: DICT[lang].requests, option, rows, filters: f, indicators: ['received_new'] };
}

/** Batch: the trend of one indicator for every agency of the selection. */
export async function perAgencyItems(db: Connector, f: Filters, id: IndicatorId, lang: Language): Promise<BatchItem[]> {
  const agencies = await db.query(agencyTableSql(f));
  const items: BatchItem[] = [];
  for (const a of agencies) {
    const spec = await trendSpec(db, { ...f, agencies: [String(a.agency_id)] }, id, lang);
    items.push({ spec: { ...spec, title: `${String(a.agency_name)} ${spec.title}` } });
  }
  return items;
}

/** Batch: every indicator of the library for one selection (one agency on the print page). */
export async function everyIndicatorItems(db: Connector, f: Filters, lang: Language): Promise<BatchItem[]> {
  const items: BatchItem[] = [];
  for (const def of INDICATORS) items.push({ spec: await trendSpec(db, f, def.id, lang) });
  return items;
}
