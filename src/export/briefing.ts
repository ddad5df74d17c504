import type { EChartsOption } from 'echarts';
import type { Connector, Sql } from '../db/index.ts';
import type { IndicatorId } from '../indicators/index.ts';
import type { BriefingMeta } from './briefing-option.ts';
import { briefingOption } from './briefing-option.ts';
import type { ExportFilters } from './describe-filters.ts';
import { describeFilters } from './describe-filters.ts';
import type { Lang } from './dictionary.ts';
import type { NameParts, NameScript } from './file-name.ts';
import { fileName } from './file-name.ts';
import type { FontFiles } from './font.ts';
import { indicatorFootnotes } from './footnotes.ts';
import type { ParquetWasm } from './parquet.ts';
import { exportParquet } from './parquet.ts';
import type { ImagePreset } from './presets.ts';
import type { Scope } from './scope.ts';
import { findingsNote, loadScope, sourceLine } from './scope.ts';
import { exportSvg } from './svg.ts';
import { exportCsv, exportXlsx } from './table.ts';

/** Everything an export of one chart or table needs; a feature hands this to `<ExportMenu>`. */
export interface ExportSpec {
  title: string;
  /** The chart, or a builder that may load its rows (for cards whose header sits outside the chart's data). */
  option?: EChartsOption | (() => EChartsOption | Promise<EChartsOption>);
  /** The rows behind the chart or table, with an ORDER BY. */
  rows: Sql;
  filters: ExportFilters;
  indicators?: readonly IndicatorId[];
  /** Subject for file names when it differs from the title (e.g. the indicator's short name). */
  subject?: string;
}

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
    footnotes: indicatorFootnotes(spec.indicators ?? [], lang),
    note: findingsNote(scope, lang),
    scope,
  };
}

/** File name of an export: subject, region (or the one agency), years of the data. */
export function exportName(spec: ExportSpec, scope: Scope, script: NameScript, ext: string, extra?: string): string {
  const region = scope.agencyNames?.length === 1 ? scope.agencyNames[0] : scope.counties.length === 1 ? scope.counties[0] : undefined;
  const parts: NameParts = { subject: spec.subject ?? spec.title, region, years: scope.years, extra };
  return fileName(parts, script, ext);
}

/** The chart of a spec, built if it is a builder. */
export async function optionOf(spec: ExportSpec): Promise<EChartsOption> {
  if (!spec.option) throw new Error('this card has no chart to export as an image');
  return typeof spec.option === 'function' ? spec.option() : spec.option;
}

/** Tools the browser loads lazily: the font with HarfBuzz, parquet-wasm and the PNG renderer. */
export interface ExportTools {
  fonts(): Promise<FontFiles>;
  parquet(): Promise<ParquetWasm>;
  png(option: EChartsOption, preset: ImagePreset, fonts: FontFiles): Promise<Blob>;
}

/** The file of one export in one format, with its briefing texts composed into the chart. */
export async function exportFile(
  db: Connector,
  tools: ExportTools,
  spec: ExportSpec,
  format: ExportFormat,
  texts: Omit<BriefingMeta, 'width'>,
  preset: ImagePreset,
): Promise<Blob> {
  if (isImageFormat(format)) {
    const option = briefingOption(await optionOf(spec), { ...texts, width: preset.width });
    const fonts = await tools.fonts();
    if (format === 'png') return tools.png(option, preset, fonts);
    return new Blob([await exportSvg(option, preset, fonts)], { type: 'image/svg+xml' });
  }
  if (format === 'csv') return new Blob([(await exportCsv(db, spec.rows)) as Uint8Array<ArrayBuffer>], { type: 'text/csv;charset=utf-8' });
  const rows = await db.query(spec.rows);
  if (format === 'xlsx') return exportXlsx(rows);
  const bytes = exportParquet(await tools.parquet(), rows);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.parquet' });
}
