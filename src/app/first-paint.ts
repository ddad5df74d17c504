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

/** Whether `s` is a snapshot of this format computed from exactly the data files at `dataUrls` (hashed names). */
export function snapshotFits(s: unknown, dataUrls: readonly string[]): s is FirstPaintSnapshot {
  if (typeof s !== 'object' || s === null) return false;
  const { version, data, entries } = s as Partial<FirstPaintSnapshot>;
  if (version !== SNAPSHOT_VERSION || !Array.isArray(data) || !Array.isArray(entries)) return false;
  return JSON.stringify(fileNames(data)) === JSON.stringify(fileNames(dataUrls));
}

/**
 * The first-paint snapshot, only when the data about to load is exactly the embedded data it was computed
 * from: no data pack in the URL, no imported workspace, matching data files. Null in every other case.
 */
export async function readFirstPaintSnapshot(sources: SnapshotSources): Promise<FirstPaintSnapshot | null> {
  if (!sources.href || new URLSearchParams(sources.search).has('data') || sources.dataUrls.length === 0) return null;
  try {
    const [stored, response] = await Promise.all([sources.hasStoredWorkspace(), sources.fetch(sources.href)]);
    if (stored || !response.ok) return null;
    const snapshot: unknown = await response.json();
    return snapshotFits(snapshot, sources.dataUrls) ? snapshot : null;
  } catch {
    return null;
  }
}
