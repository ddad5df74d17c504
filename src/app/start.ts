import type { Connector } from '../db/index.ts';
import { DEFAULT_DATA_URLS, openDefaultDatabase } from './default-data.ts';
import { readFirstPaintSnapshot } from './first-paint.ts';
import { snapshotConnector } from './snapshot-connector.ts';

/** How the shell gets its data. */
export interface Startup {
  /** Resolves when the first view can render: at once from the first-paint snapshot, else once DuckDB is ready. */
  firstScreen: Promise<Connector>;
  /** Resolves when DuckDB holds all data and findings. */
  database: Promise<Connector>;
}

/**
 * Whether the origin-private file system holds anything: imported workspaces are kept there
 * (features/import), and any file at all is reason enough not to trust the snapshot.
 */
async function storageHoldsFiles(): Promise<boolean> {
  let dir: FileSystemDirectoryHandle;
  try {
    dir = await navigator.storage.getDirectory();
  } catch {
    return false;
  }
  // The handle iterates its entries; TypeScript's lib declares that only under "DOM.AsyncIterable".
  for await (const _ of dir as unknown as AsyncIterable<unknown>) return true;
  return false;
}

/**
 * Start DuckDB and the data downloads at once, and answer the default first screen from the build's
 * snapshot meanwhile when it fits the data about to load.
 */
export function startDashboard(): Startup {
  const database = openDefaultDatabase().then((db) => {
    // Read by npm run bench: DuckDB has every dataset and the findings.
    performance.mark('atlas:interactive');
    return db;
  });
  const snapshot = readFirstPaintSnapshot({
    search: window.location.search,
    href: document.querySelector<HTMLLinkElement>('link#first-paint')?.href ?? null,
    dataUrls: DEFAULT_DATA_URLS,
    hasStoredWorkspace: storageHoldsFiles,
    fetch: (url) => fetch(url),
  });
  const connector = snapshotConnector(snapshot, database);
  const firstScreen = snapshot.then((s) => {
    if (!s) return database.then(() => connector);
    performance.mark('atlas:snapshot');
    return connector;
  });
  return { firstScreen, database };
}
