import type { StartTable } from './columns.ts';
import { START_TABLES } from './columns.ts';

export const PACK_FORMAT = 'disclosure-atlas-pack';
/** 3: the requests pivot comes per region and the start tables carry requests_cube (2: t2 cells per region, disclosure_summary). */
export const PACK_VERSION = 3;

/** How a pack's table files are encoded: gzip-compressed CSV, or Parquet (zstd). */
export type PackEncoding = 'csv.gz' | 'parquet';

export interface PackFile {
  /** Path relative to the pack directory. */
  file: string;
  rows: number;
  bytes: number;
}

/** A county (or a city's own agencies): its reports are numbered firstReport … firstReport + reports − 1. */
export interface PackRegion {
  /** province/city/county of its agencies, as concat_ws('/', …) writes it. */
  key: string;
  name: string;
  firstReport: number;
  reports: number;
  cells: PackFile;
  narratives: PackFile;
  /** The region's rows of the requests pivot (loaded apart from its cells: agency-filtered requests views need them). */
  requests: PackFile;
}

export interface PackManifest {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  name: string;
  encoding: PackEncoding;
  /** Values of reports.dataset in the pack. */
  datasets: string[];
  /** cell_keys the key codes refer to: how many, and a digest of (template, key) in (template, ord) order. */
  keys: { count: number; digest: string };
  /** What the pack ships computed, loaded as is: the pivots refresh-pivots.ts builds and the findings of src/checks. */
  precomputed: string[];
  tables: Record<StartTable, PackFile>;
  /** Every region's requests rows in one file (not loaded at start): read instead of the region files to load many regions at once. */
  requests: PackFile;
  regions: PackRegion[];
  totals: { agencies: number; reports: number; cells: number };
}

/** 32-bit FNV-1a of the cell keys in code order, so a pack built for other keys is refused, never misread. */
export function keysDigest(keys: readonly { template: string; key: string }[]): string {
  let h = 0x811c9dc5;
  for (const { template, key } of keys) {
    for (const ch of `${template}:${key}\n`) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const SAFE_PATH = /^[\w-]+(\.[\w-]+)*(\/[\w-]+(\.[\w-]+)*)*$/;

/** A path inside the pack: relative, no scheme, no `..`, no leading slash. */
export const isPackPath = (path: string): boolean => SAFE_PATH.test(path) && !path.split('/').includes('..');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function packFile(v: unknown, where: string): PackFile {
  if (!isObject(v) || typeof v.file !== 'string' || !isPackPath(v.file) || !count(v.rows) || !count(v.bytes)) {
    throw new Error(`${where}: expected {file, rows, bytes} with a relative file name`);
  }
  return { file: v.file, rows: v.rows, bytes: v.bytes };
}

function region(v: unknown, i: number): PackRegion {
  const where = `regions[${i}]`;
  if (!isObject(v) || typeof v.key !== 'string' || typeof v.name !== 'string' || !count(v.firstReport) || !count(v.reports)) {
    throw new Error(`${where}: expected key, name, firstReport and reports`);
  }
  return {
    key: v.key, name: v.name, firstReport: v.firstReport, reports: v.reports,
    cells: packFile(v.cells, `${where}.cells`), narratives: packFile(v.narratives, `${where}.narratives`), requests: packFile(v.requests, `${where}.requests`),
  };
}

/** Read and check manifest.json; every problem is reported with the file's name. */
export function parseManifest(text: string, fileName: string): PackManifest {
  try {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch {
      throw new Error('not valid JSON');
    }
    if (!isObject(v) || v.format !== PACK_FORMAT) throw new Error(`not a pack manifest (format must be "${PACK_FORMAT}")`);
    if (v.version !== PACK_VERSION) throw new Error(`pack version ${String(v.version)}; this app reads version ${PACK_VERSION}`);
    if (v.encoding !== 'csv.gz' && v.encoding !== 'parquet') throw new Error('encoding must be "csv.gz" or "parquet"');
    if (typeof v.name !== 'string' || !Array.isArray(v.datasets) || !v.datasets.every((d) => typeof d === 'string')) {
      throw new Error('name and datasets are required');
    }
    const keys = v.keys;
    if (!isObject(keys) || !count(keys.count) || typeof keys.digest !== 'string') throw new Error('keys {count, digest} is required');
    if (!isObject(v.tables)) throw new Error('tables is required');
    const source = v.tables;
    const tables = Object.fromEntries(START_TABLES.map((t) => [t, packFile(source[t], `tables.${t}`)])) as Record<StartTable, PackFile>;
    if (!Array.isArray(v.regions)) throw new Error('regions must be a list');
    const totals = isObject(v.totals) ? v.totals : {};
    return {
      format: PACK_FORMAT, version: PACK_VERSION, name: v.name, encoding: v.encoding, datasets: v.datasets as string[],
      keys: { count: keys.count, digest: keys.digest },
      precomputed: Array.isArray(v.precomputed) ? v.precomputed.map(String) : [],
      tables, requests: packFile(v.requests, 'requests'), regions: v.regions.map(region),
      totals: { agencies: Number(totals.agencies ?? 0), reports: Number(totals.reports ?? 0), cells: Number(totals.cells ?? 0) },
    };
  } catch (e) {
    throw new Error(`${fileName}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * What a pack's derived files (its first-paint snapshot) were computed from: the manifest, with every table's
 * file, rows and bytes and the key digest, less the `firstPaint` entry that npm run pack adds once the
 * snapshot is written.
 */
export async function manifestIdentity(manifestText: string): Promise<string> {
  const { firstPaint: _named, ...manifest } = JSON.parse(manifestText) as Record<string, unknown>;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(manifest)));
  return `manifest sha256:${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
