/** The rows to render for a scroll position over rows of a fixed height, with `overscan` extra each side. */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  total: number,
  overscan = 8,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator('zh-CN', { numeric: true });

function compareCells(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(typeof a === 'string' ? a : JSON.stringify(a), typeof b === 'string' ? b : JSON.stringify(b));
}

/** Row order sorted by one column; NULLs last either way, ties keep the query's order. */
export function sortOrder(rows: readonly unknown[][], column: number, direction: SortDirection): number[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((_, i) => i)
    .sort((i, j) => {
      const a = rows[i]?.[column] ?? null;
      const b = rows[j]?.[column] ?? null;
      if (a === null || b === null) return a === b ? i - j : a === null ? 1 : -1;
      return sign * compareCells(a, b) || i - j;
    });
}

/** Text for a grid cell: NULL spelled out, lists and structs as JSON. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Whether an Arrow type is numeric, for right alignment and chart axes. */
export function isNumericType(type: string): boolean {
  return /^(Int|Uint|Float|Decimal)/.test(type);
}

/**
 * A first guess at a chart of a result: a year column (or else the first text column) on x, the first
 * DOUBLE/DECIMAL measure on y (counts are stored as DOUBLE; integers are mostly years and ords), and a text
 * column as series when x is the year.
 */
export function defaultChartAxes(columns: readonly { name: string; type: string }[]): { x: number; y: number; series: number | null } {
  const text = columns.findIndex((c) => !isNumericType(c.type));
  const year = columns.findIndex((c) => /(^|_)year$|年度?$/i.test(c.name));
  const x = year >= 0 ? year : Math.max(0, text);
  const measure = columns.findIndex((c, i) => i !== x && /^(Float|Decimal)/.test(c.type));
  const y = measure >= 0 ? measure : columns.findIndex((c, i) => i !== x && isNumericType(c.type));
  return { x, y: y >= 0 ? y : x, series: year >= 0 && text >= 0 && text !== x ? text : null };
}
