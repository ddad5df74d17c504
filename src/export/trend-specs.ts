import type { EChartsOption } from 'echarts';
import { lineOption } from '../charts/index.ts';
import type { Connector } from '../db/index.ts';
import type { IndicatorId } from '../indicators/index.ts';
import { indicator, INDICATORS } from '../indicators/index.ts';
import type { Filters } from '../queries/index.ts';
import { agencyTableSql, summableFilters } from '../queries/index.ts';
import { formatCount, formatRate } from '../ui/index.ts';
import type { BatchItem } from './batch.ts';
import type { ExportSpec } from './briefing.ts';
import type { Lang } from './dictionary.ts';
import { word } from './dictionary.ts';
import type { BatchSpec } from './export-menu.tsx';
import { indicatorRowsSql } from './rows.ts';

const nameOf = (id: IndicatorId, lang: Lang) => (lang === 'zh' ? indicator(id).zh : indicator(id).en);

/** A line of one indicator by year, from the rows of `indicatorRowsSql(…, [id], 'year')`. */
export function trendOption(rows: readonly { year?: unknown; value?: unknown }[], id: IndicatorId, lang: Lang): EChartsOption {
  const isRate = indicator(id).unit === 'rate';
  const data = rows.map((r) => ({ year: String(r.year), value: r.value === null || r.value === undefined ? null : Number(r.value) }));
  const format = (v: number) => (isRate ? formatRate(v, lang) : formatCount(v, lang));
  return lineOption(data, { x: 'year', series: [{ key: 'value', label: nameOf(id, lang), color: '#b4232a' }], format });
}

/** Export spec of one indicator's trend over a selection (jurisdiction totals left out of sums). */
export async function trendSpec(db: Connector, f: Filters, id: IndicatorId, lang: Lang): Promise<ExportSpec> {
  const rows = indicatorRowsSql(summableFilters(f), [id], 'year', lang);
  const option = trendOption(await db.query(rows), id, lang);
  return { title: word(lang, 'trend', { name: nameOf(id, lang) }), subject: nameOf(id, lang), option, rows, filters: f, indicators: [id] };
}

/** Batch: the trend of one indicator for every agency of the selection. */
export function everyAgencyBatch(db: Connector, f: Filters, id: IndicatorId, lang: Lang): BatchSpec {
  return {
    label: word(lang, 'everyAgency'),
    name: word(lang, 'perAgency', { name: nameOf(id, lang) }),
    items: async () => {
      const items: BatchItem[] = [];
      for (const a of await db.query(agencyTableSql(f))) {
        const spec = await trendSpec(db, { ...f, agencies: [String(a.agency_id)] }, id, lang);
        items.push({ spec: { ...spec, title: `${String(a.agency_name)} ${spec.title}` } });
      }
      return items;
    },
  };
}

/** Batch: the trend of every indicator of the library for one selection (one agency, usually). */
export function everyIndicatorBatch(db: Connector, f: Filters, name: string, lang: Lang): BatchSpec {
  return {
    label: word(lang, 'everyIndicator'),
    name: `${name}_${word(lang, 'allIndicators')}`,
    items: async () => {
      const items: BatchItem[] = [];
      for (const def of INDICATORS) items.push({ spec: await trendSpec(db, f, def.id, lang) });
      return items;
    },
  };
}
