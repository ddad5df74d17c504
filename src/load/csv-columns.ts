/** Declared column types of the dataset CSV files: types are never inferred. */
export const AGENCIES_COLUMNS = {
  agency_id: 'VARCHAR',
  name: 'VARCHAR',
  kind: 'VARCHAR',
  province: 'VARCHAR',
  city: 'VARCHAR',
  county: 'VARCHAR',
} as const;

export const REPORTS_COLUMNS = {
  report_id: 'VARCHAR',
  agency_id: 'VARCHAR',
  year: 'INTEGER',
  template: 'VARCHAR',
  t2_template: 'VARCHAR',
  t3_template: 'VARCHAR',
  t4_template: 'VARCHAR',
  source_file: 'VARCHAR',
  title: 'VARCHAR',
  publish_date: 'DATE',
  dataset: 'VARCHAR',
  narrative_json: 'VARCHAR',
  extra_rows_json: 'VARCHAR',
  ambiguous_json: 'VARCHAR',
} as const;

export const CELLS_COLUMNS = {
  report_id: 'VARCHAR',
  key: 'VARCHAR',
  value: 'DOUBLE',
  raw: 'VARCHAR',
  unit: 'VARCHAR',
} as const;

/** DuckDB struct literal for read_csv's `columns` (names and types are code constants, never input). */
export function columnsLiteral(columns: Readonly<Record<string, string>>): string {
  return `{${Object.entries(columns)
    .map(([name, type]) => `'${name}': '${type}'`)
    .join(', ')}}`;
}
