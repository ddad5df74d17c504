// Every card imports this module, so it re-exports only light code: the dialog and the file writers
// (ECharts SSR, font subsetting, pinyin, XLSX, Parquet, ZIP) load on first use, see export-menu.tsx and on-demand.ts.
export type { BatchItem, BatchOptions } from './batch.ts';
export type { ExportFormat, ExportSpec, ExportTools, ImageFormat, TableFormat } from './briefing.ts';
export { briefingTexts, fitPreset, isImageFormat, optionOf } from './briefing.ts';
export type { BriefingMeta } from './briefing-option.ts';
export { briefingFrame, briefingOption } from './briefing-option.ts';
export { browserTools } from './browser-tools.ts';
export type { CardExportProps } from './card-export.tsx';
export { CardExport } from './card-export.tsx';
export type { ExportFilters, FilterPlaces } from './describe-filters.ts';
export { describeFilters, describeRegion, describeYears } from './describe-filters.ts';
export type { Lang } from './dictionary.ts';
export { blobOf, download } from './download.ts';
export type { BatchSpec, ExportMenuProps } from './export-menu.tsx';
export { ExportMenu } from './export-menu.tsx';
export type { NameParts, NameScript } from './file-name.ts';
export { EXPORT_FONT_FAMILY, EXPORT_FONT_STACK } from './font-family.ts';
export { indicatorFootnotes } from './footnotes.ts';
export { exportCsv, exportParquet, exportSvg, exportXlsx } from './on-demand.ts';
export type { ImagePreset, ImagePresetId } from './presets.ts';
export { BASE_SIZE, IMAGE_PRESETS, imagePreset, pixelSize } from './presets.ts';
export type { Scope } from './scope.ts';
export { findingsNote, loadScope, scopeSql, sourceLine } from './scope.ts';
export type { ExportSize } from './svg.ts';
export type { ValueColumn, ValueType } from './rows.ts';
export { indicatorRowsSql, reportTableSql, rowsWhere, valuesSql } from './rows.ts';
export { everyAgencyBatch, everyIndicatorBatch, trendOption, trendSpec } from './trend-specs.ts';
