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
 * A list padded with its last value to a power of two, at least 8 long: the SQL text of an IN list, and with
 * it the prepared statement, then stays the same as a selection grows or shrinks (preparing anew cost a
 * county's year click about a third of its query time).
 */
function padded<T>(values: readonly T[]): T[] {
  const size = Math.max(8, 2 ** Math.ceil(Math.log2(values.length)));
  const last = values[values.length - 1] as T;
  return [...values, ...Array.from({ length: size - values.length }, () => last)];
}

/**
 * `column IN (?, ?, …)`, one bound parameter per value (padded, see above); an empty list means "no filter".
 * Numbers compare as numbers; anything else compares as text. (Binding the list as one string split in SQL
 * cost a string_split per row: about twice the query time at province scale.)
 */
export function inList(column: SqlFragment, values: readonly (string | number)[]): SqlFragment {
  if (values.length === 0) return new SqlFragment({ text: 'TRUE', params: [] });
  const numeric = values.every((v) => typeof v === 'number');
  const target = numeric ? column.sql.text : `CAST(${column.sql.text} AS VARCHAR)`;
  const bound = numeric ? padded(values) : padded(values.map(String));
  return new SqlFragment({
    text: `${target} IN (${bound.map(() => '?').join(', ')})`,
    params: [...column.sql.params, ...bound],
  });
}

/** Join fragments with a separator from a closed set (lists of columns, sums of terms, conditions). */
export function join(parts: readonly SqlFragment[], separator: ', ' | ' + ' | ' AND ' | ' OR '): SqlFragment {
  return new SqlFragment({
    text: parts.map((p) => p.sql.text).join(separator),
    params: parts.flatMap((p) => p.sql.params),
  });
}
