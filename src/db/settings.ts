import type { ArrowColumn } from './columns.ts';
import { columnValues } from './columns.ts';

/**
 * Settings applied once, before anything else runs. Extension autoload would try to download
 * parquet/json from the internet (browser: wasm traps, Node: hangs), so it is off; the configuration is
 * then locked because users type SQL. See shared/docs/stack-notes.md.
 */
export const SAFE_SETTINGS = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
] as const;

export const LOCK_SETTINGS = 'SET lock_configuration = true';

interface ArrowList {
  toArray(): ArrayLike<unknown>;
  [Symbol.iterator](): Iterator<unknown>;
}

const isArrowList = (v: object): v is ArrowList => 'toArray' in v && Symbol.iterator in v;

/**
 * Arrow values as plain JS: BigInt (HUGEINT and friends) as number, LIST as an array, STRUCT as an
 * object, recursively, so rows can be compared, serialised and put in React state.
 */
export function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (isArrowList(value)) return Array.from(value, toPlain);
  if ('toJSON' in value && typeof value.toJSON === 'function') {
    const o = value.toJSON() as Record<string, unknown>;
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** The part of an Arrow table that rows are read from. */
export interface ArrowTable {
  readonly numRows: number;
  readonly schema: { fields: { name: string }[] };
  getChildAt(i: number): ArrowColumn | null;
}

/**
 * Plain row objects, read column by column: several times faster than Arrow's per-row proxies and
 * toJSON, which dominated reading the cells table back (58k rows) for the consistency checks.
 */
export function tableRows<T>(table: ArrowTable): T[] {
  const names = table.schema.fields.map((f) => f.name);
  // Column by column (get(row) on a result of many record batches searches the batches for every cell), strings
  // and numbers straight from their buffers.
  const columns = names.map((_, i) => columnValues(table.getChildAt(i), toPlain));
  const out: T[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c] as string] = columns[c]?.[r] ?? null;
    out[r] = row as T;
  }
  return out;
}
