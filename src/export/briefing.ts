import type { EChartsOption } from 'echarts';
import type { Connector, Sql } from '../db/index.ts';
import type { IndicatorId } from '../indicators/index.ts';
import type { BriefingMeta } from './briefing-option.ts';
import { briefingFrame } from './briefing-option.ts';
import type { ExportFilters } from './describe-filters.ts';
import { describeFilters } from './describe-filters.ts';
import type { Lang } from './dictionary.ts';
import type { FontFiles } from './font.ts';
import { indicatorFootnotes } from './footnotes.ts';
import type { ParquetWasm } from './parquet.ts';
import type { ImagePreset } from './presets.ts';
import type { Scope } from './scope.ts';
import { findingsNote, loadScope, sourceLine } from './scope.ts';

/** Everything an export of one chart or table needs; a feature hands this to `<ExportMenu>`. */
export interface ExportSpec {
  title: string;
  /** The chart, or a builder that may load its rows (for cards whose header sits outside the chart's data). */
  option?: EChartsOption | (() => EChartsOption | Promise<EChartsOption>);
  /** The rows behind the chart or table, with an ORDER BY; or a builder, for rows written out as values (built only on export). */
  rows: Sql | (() => Sql);
  filters: ExportFilters;
  indicators?: readonly IndicatorId[];
  /** Subject for file names when it differs from the title (e.g. the indicator's short name). */
  subject?: string;
  /** Footnotes beyond the indicator definitions, e.g. the view's own narrowing or the SQL behind a chart. */
  notes?: readonly string[];
  /** Height the chart needs on screen (CSS px): screen-size images grow to fit it (long rankings, heatmaps). */
  height?: number;
}

/** The SQL of a spec's rows, building it if it is built on export. */
export const rowsSqlOf = (spec: Pick<ExportSpec, 'rows'>): Sql => (typeof spec.rows === 'function' ? spec.rows() : spec.rows);

export type ImageFormat = 'png' | 'svg';
export type TableFormat = 'csv' | 'xlsx' | 'parquet';
export type ExportFormat = ImageFormat | TableFormat;

export const isImageFormat = (f: ExportFormat): f is ImageFormat => f === 'png' || f === 'svg';

/** The editable texts of an export, filled from the data: title, filters in words, source and notes. */
export async function briefingTexts(db: Connector, spec: ExportSpec, lang: Lang): Promise<Omit<BriefingMeta, 'width'> & { scope: Scope }> {
  const scope = await loadScope(db, spec.filters);
  return {
    title: spec.title,
    subtitle: describeFilters(spec.filters, lang, scope),
    source: sourceLine(scope, lang),
    footnotes: [...indicatorFootnotes(spec.indicators ?? [], lang), ...(spec.notes ?? [])],
    note: findingsNote(scope, lang),
    scope,
  };
}

/** The chart of a spec, built if it is a builder. */
export async function optionOf(spec: ExportSpec): Promise<EChartsOption> {
  if (!spec.option) throw new Error('this card has no chart to export as an image');
  return typeof spec.option === 'function' ? spec.option() : spec.option;
}

/** A screen-size preset made tall enough for a chart of `chartHeight` and its briefing; slide and A4 keep their page. */
export function fitPreset(preset: ImagePreset, chartHeight: number | undefined, meta: BriefingMeta): ImagePreset {
  if (chartHeight === undefined || !SCREEN_PRESETS.has(preset.id)) return preset;
  const { header, footer } = briefingFrame(meta);
  return { ...preset, height: Math.max(preset.height, Math.ceil(chartHeight + header + footer)) };
}

const SCREEN_PRESETS = new Set(['x1', 'x2', 'x3']);

/** Tools the browser loads lazily: the font with HarfBuzz, parquet-wasm and the PNG renderer. */
export interface ExportTools {
  fonts(): Promise<FontFiles>;
  parquet(): Promise<ParquetWasm>;
  png(option: EChartsOption, preset: ImagePreset, fonts: FontFiles): Promise<Blob>;
}
