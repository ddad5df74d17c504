import type { Agency, ReportRecord, TableId } from '../domain/index.ts';
import { tableKeys } from '../domain/index.ts';

/** The three dataset files in the project's schema (see src/load/csv-columns.ts). */
export interface CsvTables {
  agencies: string;
  reports: string;
  cells: string;
}

const TABLES: readonly TableId[] = ['t2', 't3', 't4'];

/**
 * RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. A null is an empty
 * field and an empty string is `""`, so a reader that keeps quoted empties (DuckDB `allow_quoted_nulls = false`)
 * can tell a blank cell from an unknown province.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return text === '' || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const line = (fields: readonly (string | number | null | undefined)[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** Every cell key of a report, in the order of the official tables of its template(s). */
export function reportKeys(report: ReportRecord): string[] {
  return TABLES.flatMap((t) => {
    const template = report.tables[t];
    return template ? tableKeys(template, t).map((k) => k.key) : [];
  });
}

/** The CSV text of agencies.csv, reports.csv and cells.csv for a dataset (what scripts/generate-data.ts writes). */
export function toCsvTables(agencies: readonly Agency[], reports: readonly ReportRecord[]): CsvTables {
  const agencyRows = agencies.map((a) => line([a.id, a.name, a.kind, a.province, a.city, a.county]));
  const reportRows = reports.map((r) =>
    line([
      `${r.agency.id}|${r.year}`, r.agency.id, r.year, r.template,
      r.tables.t2 ?? null, r.tables.t3 ?? null, r.tables.t4 ?? null,
      r.sourceFile, r.title, r.publishDate, r.dataset,
      JSON.stringify(r.narrative), JSON.stringify(r.extraRows), JSON.stringify(r.ambiguous),
    ]),
  );
  const cellRows = reports.flatMap((r) =>
    reportKeys(r).map((key) => {
      const cell = r.cells[key];
      return line([`${r.agency.id}|${r.year}`, key, cell?.value ?? null, cell?.raw ?? '', cell?.unit ?? null]);
    }),
  );
  return {
    agencies: line(['agency_id', 'name', 'kind', 'province', 'city', 'county']) + agencyRows.join(''),
    reports:
      line(['report_id', 'agency_id', 'year', 'template', 't2_template', 't3_template', 't4_template', 'source_file', 'title', 'publish_date', 'dataset', 'narrative_json', 'extra_rows_json', 'ambiguous_json']) +
      reportRows.join(''),
    cells: line(['report_id', 'key', 'value', 'raw', 'unit']) + cellRows.join(''),
  };
}
