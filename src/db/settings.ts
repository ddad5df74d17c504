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
