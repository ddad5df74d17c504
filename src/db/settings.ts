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

/** Arrow values come back as JS values; BigInt appears only for HUGEINT and friends. */
export function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  return value;
}
