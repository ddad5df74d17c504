import type { EChartsOption } from 'echarts';
import type { Connector, Row, Sql } from '../db/index.ts';
import type { FontFiles } from './font.ts';
import type { ParquetWasm } from './parquet.ts';
import type { ExportSize } from './svg.ts';

// The file writers for views that export without the dialog (console, print page). Each loads its module
// (ECharts SSR and font subsetting, XLSX, Arrow to Parquet) on the first call, so importing the export
// module costs a view nothing at start-up.

/** CSV through DuckDB's writer, UTF-8 with a byte-order mark (see table.ts). */
export async function exportCsv(db: Connector, query: Sql): Promise<Uint8Array> {
  return (await import('./table.ts')).exportCsv(db, query);
}

/** XLSX with one sheet of typed cells (see table.ts). */
export async function exportXlsx(rows: readonly Row[], sheet?: string): Promise<Blob> {
  return (await import('./table.ts')).exportXlsx(rows, sheet);
}

/** Parquet bytes of rows, written by parquet-wasm (see parquet.ts). */
export async function exportParquet(pq: ParquetWasm, rows: readonly Row[]): Promise<Uint8Array> {
  return (await import('./parquet.ts')).exportParquet(pq, rows);
}

/** An option as SVG text with the glyphs it uses embedded (see svg.ts). */
export async function exportSvg(option: EChartsOption, size: ExportSize, fonts: FontFiles): Promise<string> {
  return (await import('./svg.ts')).exportSvg(option, size, fonts);
}
