import { manifestIdentity, packPaths } from '../load/index.ts';
import { packLocation } from './open-pack.ts';
import type { FirstPaintSnapshot } from './snapshot-connector.ts';
import { SNAPSHOT_VERSION } from './snapshot-connector.ts';

/** What decides whether the first-paint snapshot may answer: the page and the browser's storage. */
export interface SnapshotSources {
  /** The page's query string. */
  search: string;
  /** Where the build put the snapshot (index.html's preload link); null in the dev server. */
  href: string | null;
  /** URLs of the embedded data the app is about to load. */
  dataUrls: readonly string[];
  /** Whether the browser keeps an imported workspace, which loads on top of the embedded data. */
  hasStoredWorkspace: () => Promise<boolean>;
  fetch: (url: string) => Promise<Response>;
}

const fileNames = (urls: readonly string[]) => urls.map((u) => u.slice(u.lastIndexOf('/') + 1)).sort();

function isSnapshot(s: unknown): s is FirstPaintSnapshot {
  if (typeof s !== 'object' || s === null) return false;
  const { version, data, entries } = s as Partial<FirstPaintSnapshot>;
  return version === SNAPSHOT_VERSION && Array.isArray(data) && Array.isArray(entries);
}

/** Whether `s` is a snapshot of this format computed from exactly the data files at `dataUrls` (hashed names). */
export function snapshotFits(s: unknown, dataUrls: readonly string[]): s is FirstPaintSnapshot {
  return isSnapshot(s) && JSON.stringify(fileNames(s.data)) === JSON.stringify(fileNames(dataUrls));
}

/** A pack's snapshot, when its manifest names one (in the pack's folder) computed from exactly that manifest. */
async function readPackSnapshot(param: string, sources: SnapshotSources): Promise<FirstPaintSnapshot | null> {
  const paths = packPaths(packLocation(param));
  const [stored, manifest] = await Promise.all([sources.hasStoredWorkspace(), sources.fetch(paths.manifest)]);
  if (stored || !manifest.ok) return null;
  const text = await manifest.text();
  const named: unknown = (JSON.parse(text) as { firstPaint?: unknown }).firstPaint;
  if (typeof named !== 'string' || !/^[\w.-]+\.json$/.test(named)) return null;
  const response = await sources.fetch(paths.dir + named);
  if (!response.ok) return null;
  const [snapshot, id] = await Promise.all([response.json() as Promise<unknown>, manifestIdentity(text)]);
  return isSnapshot(snapshot) && snapshot.data.length === 1 && snapshot.data[0] === id ? snapshot : null;
}

/**
 * The first-paint snapshot, only when the data about to load is exactly the data it was computed from: the
 * build's snapshot for the embedded data (matching data files), or a pack's own for that pack (matching
 * manifest); never with an imported workspace. Null in every other case.
 */
export async function readFirstPaintSnapshot(sources: SnapshotSources): Promise<FirstPaintSnapshot | null> {
  const pack = new URLSearchParams(sources.search).get('data');
  if (pack !== null) return readPackSnapshot(pack, sources).catch(() => null);
  if (!sources.href || sources.dataUrls.length === 0) return null;
  try {
    const [stored, response] = await Promise.all([sources.hasStoredWorkspace(), sources.fetch(sources.href)]);
    if (stored || !response.ok) return null;
    const snapshot: unknown = await response.json();
    return snapshotFits(snapshot, sources.dataUrls) ? snapshot : null;
  } catch {
    return null;
  }
}
