import type { Connector } from '../db/index.ts';
import type { ExportFormat, ExportSpec, ExportTools } from './briefing.ts';
import { fitPreset, isImageFormat, optionOf, rowsSqlOf } from './briefing.ts';
import type { BriefingMeta } from './briefing-option.ts';
import { briefingOption } from './briefing-option.ts';
import type { NameParts, NameScript } from './file-name.ts';
import { fileName } from './file-name.ts';
import { exportParquet } from './parquet.ts';
import type { ImagePreset } from './presets.ts';
import type { Scope } from './scope.ts';
import { exportSvg } from './svg.ts';
import { exportCsv, exportXlsx } from './table.ts';

// The heavy half of an export (pinyin names, ECharts SSR, XLSX, Parquet): loaded with the dialog, never at start-up.

/** File name of an export: subject, region (or the one agency), years of the data. */
export function exportName(spec: ExportSpec, scope: Scope, script: NameScript, ext: string, extra?: string): string {
  const region = scope.agencyNames?.length === 1 ? scope.agencyNames[0] : scope.counties.length === 1 ? scope.counties[0] : undefined;
  const parts: NameParts = { subject: spec.subject ?? spec.title, region, years: scope.years, extra };
  return fileName(parts, script, ext);
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
    const meta = { ...texts, width: preset.width };
    const option = briefingOption(await optionOf(spec), meta);
    const size = fitPreset(preset, spec.height, meta);
    const fonts = await tools.fonts();
    if (format === 'png') return tools.png(option, size, fonts);
    return new Blob([await exportSvg(option, size, fonts)], { type: 'image/svg+xml' });
  }
  const sql = rowsSqlOf(spec);
  if (format === 'csv') return new Blob([(await exportCsv(db, sql)) as Uint8Array<ArrayBuffer>], { type: 'text/csv;charset=utf-8' });
  const rows = await db.query(sql);
  if (format === 'xlsx') return exportXlsx(rows);
  const bytes = exportParquet(await tools.parquet(), rows);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.parquet' });
}
