import type { Sql, SqlValue } from '../db/index.ts';
import { fragment, ident, join, sql, SqlFragment } from '../db/index.ts';
import type { TableId } from '../domain/index.ts';
import type { IndicatorId } from '../indicators/index.ts';
import { indicator } from '../indicators/index.ts';
import type { Filters, Grouping } from '../queries/index.ts';
import { GROUPINGS, indicatorByGroupSql } from '../queries/index.ts';
import type { Lang } from './dictionary.ts';

/**
 * The rows behind a chart of several indicators: each indicator's grouped figures (the views' own SQL)
 * one under another, with its id, its name and its value (the ratio for rates), in the order given.
 */
export function indicatorRowsSql(f: Filters, ids: readonly IndicatorId[], grouping: Grouping, lang: Lang): Sql {
  const parts = ids.map((id, i) => {
    const def = indicator(id);
    const value = def.unit === 'rate' ? fragment(sql`g.numerator / nullif(g.denominator, 0)`) : fragment(sql`g.numerator`);
    return fragment(sql`SELECT CAST(${i} AS INTEGER) AS ord, CAST(${id} AS VARCHAR) AS indicator,
        CAST(${lang === 'zh' ? def.zh : def.en} AS VARCHAR) AS indicator_name, g.*, ${value} AS value
      FROM (${fragment(indicatorByGroupSql(f, id, grouping))}) g`);
  });
  const union = parts.reduce((all, part) => fragment(sql`${all} UNION ALL ${part}`));
  const order = join(GROUPINGS[grouping].map((c) => ident(c)), ', ');
  return sql`SELECT * EXCLUDE (ord) FROM (${union}) ORDER BY ord, ${order}`;
}

/** The rows of a query where one of its columns has a value, in a stated order. */
export function rowsWhere<C extends string>(query: Sql, column: C, value: SqlValue, orderBy: readonly C[]): Sql {
  return sql`SELECT * FROM (${fragment(query)}) WHERE ${ident(column)} = ${value} ORDER BY ${join(orderBy.map((c) => ident(c)), ', ')}`;
}

/** Column types a figure computed in the browser can take in an export. */
export type ValueType = 'VARCHAR' | 'DOUBLE' | 'BIGINT' | 'BOOLEAN';

/** A column of rows handed to `valuesSql`: its name and type. */
export interface ValueColumn {
  name: string;
  type: ValueType;
}

/**
 * Rows computed in the browser (Wilson intervals, template-aware figures) as a query, every value bound
 * and cast to its column's type, so DuckDB still writes the CSV and Parquet.
 */
export function valuesSql(columns: readonly ValueColumn[], rows: readonly (readonly SqlValue[])[]): Sql {
  const cast = (c: ValueColumn, v: SqlValue) => fragment(sql`CAST(${v} AS ${new SqlFragment({ text: c.type, params: [] })}) AS ${ident(c.name)}`);
  const select = (row: readonly SqlValue[], i: number) =>
    fragment(sql`SELECT CAST(${i} AS INTEGER) AS ord, ${join(columns.map((c, j) => cast(c, row[j] ?? null)), ', ')}`);
  // Joined in one pass: folding UNION ALL pairwise copied every earlier parameter again (quadratic; seconds at 10,000 rows).
  const parts = rows.map(select);
  const body = parts.length
    ? new SqlFragment({ text: parts.map((p) => p.sql.text).join(' UNION ALL '), params: parts.flatMap((p) => p.sql.params) })
    : fragment(sql`${select([], 0)} WHERE false`);
  return sql`SELECT * EXCLUDE (ord) FROM (${body}) ORDER BY ord`;
}

/** The cells of one official table of a report, with the template's own captions and labels, in the table's order. */
export function reportTableSql(reportId: string, table: TableId, template: string): Sql {
  return sql`
    SELECT k.caption, k.row_label, k.col_label, c.key, c.value, c.raw, c.unit
    FROM cells c LEFT JOIN cell_keys k ON k.template = ${template} AND k.key = c.key
    WHERE c.report_id = ${reportId} AND split_part(c.key, '.', 1) = ${table}
    ORDER BY k.ord NULLS LAST, c.key`;
}
