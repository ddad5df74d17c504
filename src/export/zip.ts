import type { Zippable } from 'fflate';
import { zipSync } from 'fflate';

/** A file of a batch. */
export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** Names made unique inside one archive ("a.png", "a (2).png"), so no file of a batch overwrites another. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n === 1) return name;
    const dot = name.lastIndexOf('.');
    return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
  });
}

const STORED = /\.(png|parquet|xlsx|zip)$/i;

/**
 * A ZIP of a batch: PNG, Parquet and XLSX are compressed already, so they are stored, the rest deflated.
 * fflate writes names as UTF-8 with the language-encoding flag, so Chinese names survive unzipping.
 */
export function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const names = uniqueNames(entries.map((e) => e.name));
  const files: Zippable = {};
  entries.forEach((e, i) => {
    const name = names[i] ?? e.name;
    files[name] = [e.bytes, { level: STORED.test(name) ? 0 : 6 }];
  });
  return zipSync(files);
}
