/** A bound SQL value. Lists travel as one string and are split in SQL (see `inList`). */
export type SqlValue = string | number | boolean | null;

/** SQL text with `?` placeholders and the values bound to them, in order. */
export interface Sql {
  readonly text: string;
  readonly params: readonly SqlValue[];
}

/** A trusted SQL fragment (identifiers from closed unions, composed `Sql`) spliced as text, not bound. */
export class SqlFragment {
  constructor(readonly sql: Sql) {}
}

/**
 * Tagged template that turns every interpolation into a `?` parameter, so user values never reach the SQL
 * text. Interpolate a `SqlFragment` (from `ident` or `raw`, or another `sql` wrapped by `fragment`) to
 * compose.
 */
export function sql(strings: TemplateStringsArray, ...values: (SqlValue | SqlFragment)[]): Sql {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (value instanceof SqlFragment) {
      text += value.sql.text;
      params.push(...value.sql.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return { text, params };
}

/** Wrap a composed `Sql` so it can be interpolated into another `sql` template. */
export function fragment(part: Sql): SqlFragment {
  return new SqlFragment(part);
}

/** Quote an identifier chosen from a closed set in code (never from user input). */
export function ident<T extends string>(name: T): SqlFragment {
  return new SqlFragment({ text: `"${name.replaceAll('"', '""')}"`, params: [] });
}

/** Separator for list parameters: ASCII unit separator, which never occurs in agency names or keys. */
export const LIST_SEPARATOR = '\u001f';

/**
 * `column IN (?, ?, …)`, one bound parameter per value; an empty list means "no filter". Numbers compare
 * as numbers; anything else compares as text. (Binding the list as one string split in SQL cost a
 * string_split per row: about twice the query time at province scale.)
 */
export function inList(column: SqlFragment, values: readonly (string | number)[]): SqlFragment {
  if (values.length === 0) return new SqlFragment({ text: 'TRUE', params: [] });
  const numeric = values.every((v) => typeof v === 'number');
  const target = numeric ? column.sql.text : `CAST(${column.sql.text} AS VARCHAR)`;
  return new SqlFragment({
    text: `${target} IN (${values.map(() => '?').join(', ')})`,
    params: [...column.sql.params, ...(numeric ? values : values.map(String))],
  });
}

/** Join fragments with a separator from a closed set (lists of columns, sums of terms, conditions). */
export function join(parts: readonly SqlFragment[], separator: ', ' | ' + ' | ' AND ' | ' OR '): SqlFragment {
  return new SqlFragment({
    text: parts.map((p) => p.sql.text).join(separator),
    params: parts.flatMap((p) => p.sql.params),
  });
}
