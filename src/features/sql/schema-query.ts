import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../../db/index.ts';
import { sql } from '../../db/index.ts';
import schemaText from '../../db/schema.sql?raw';
import type { TableNotes } from './schema-comments.ts';
import { describeColumn, parseSchemaComments } from './schema-comments.ts';

export interface SchemaColumn {
  name: string;
  type: string;
  description: string;
}

export interface SchemaTable {
  name: string;
  kind: 'table' | 'view';
  description: string;
  columns: SchemaColumn[];
}

interface ColumnRow {
  table_name: string;
  kind: 'table' | 'view';
  column_name: string;
  data_type: string;
}

/** Every user table and view with its columns, as DuckDB itself knows them (tables first). */
export const schemaColumnsSql = () => sql`
SELECT c.table_name, CASE WHEN v.view_name IS NULL THEN 'table' ELSE 'view' END AS kind,
       c.column_name, c.data_type
FROM duckdb_columns() c
LEFT JOIN duckdb_views() v
  ON v.database_name = c.database_name AND v.schema_name = c.schema_name AND v.view_name = c.table_name
WHERE NOT c.internal AND c.schema_name = 'main' AND c.database_name = current_database()
ORDER BY kind, c.table_name, c.column_index`;

/** Group DuckDB's column rows into tables, with descriptions from schema.sql's comments. */
export function buildSchema(rows: readonly ColumnRow[], notes: Record<string, TableNotes>): SchemaTable[] {
  const tables = new Map<string, SchemaTable>();
  for (const r of rows) {
    let t = tables.get(r.table_name);
    if (!t) {
      t = { name: r.table_name, kind: r.kind, description: notes[r.table_name]?.description ?? '', columns: [] };
      tables.set(r.table_name, t);
    }
    t.columns.push({ name: r.column_name, type: r.data_type, description: describeColumn(notes, r.table_name, r.column_name) });
  }
  return [...tables.values()];
}

const NOTES = parseSchemaComments(schemaText);

export const schemaQuery = (db: Connector) =>
  queryOptions({
    queryKey: ['sql-console', 'schema'],
    queryFn: async () => buildSchema(await db.query<ColumnRow & Record<string, unknown>>(schemaColumnsSql()), NOTES),
  });
