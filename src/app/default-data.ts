import demoAgencies from '../../data/demo/agencies.csv?url';
import demoCells from '../../data/demo/cells.csv?url';
import demoReports from '../../data/demo/reports.csv?url';
import samplesAgencies from '../../data/samples/agencies.csv?url';
import samplesCells from '../../data/samples/cells.csv?url';
import samplesReports from '../../data/samples/reports.csv?url';
import type { Connector } from '../db/index.ts';
import { browserConnector } from '../db/index.ts';
import type { DatasetFiles } from '../load/index.ts';
import { checkInWorker, loadCellKeys, loadDataset, storeFindingsAhead } from '../load/index.ts';
import { openPackDatabase } from './open-pack.ts';

// Bundled with the app (hashed assets under dist/), so the dashboard works offline from any static server.
const DEFAULT_DATASETS = {
  demo: { agencies: demoAgencies, reports: demoReports, cells: demoCells },
  samples: { agencies: samplesAgencies, reports: samplesReports, cells: samplesCells },
} as const;

/** Every embedded data file's URL (the first-paint snapshot must have been computed from exactly these). */
export const DEFAULT_DATA_URLS: readonly string[] = Object.values(DEFAULT_DATASETS).flatMap((d) => Object.values(d));

export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchDataset(urls: Record<keyof DatasetFiles, string>): Promise<DatasetFiles> {
  const [agencies, reports, cells] = await Promise.all([
    fetchBytes(urls.agencies),
    fetchBytes(urls.reports),
    fetchBytes(urls.cells),
  ]);
  return { agencies, reports, cells };
}

/**
 * Start DuckDB, load the embedded datasets (the demo county and the real samples) and check them; or, with
 * `?data=<pack>` in the page's URL, load that pack instead.
 */
export async function openDefaultDatabase(): Promise<Connector> {
  const pack = new URLSearchParams(window.location.search).get('data');
  if (pack !== null) return openPackDatabase(pack, fetchBytes);
  const fetched = Promise.all(Object.values(DEFAULT_DATASETS).map(fetchDataset));
  // The checks run on the files in a worker while DuckDB starts and loads them (issue #4).
  const ahead = fetched.then((files) => checkInWorker.fromCsv(files), () => null);
  const [db, datasets] = await Promise.all([browserConnector(), fetched]);
  await loadCellKeys(db);
  const names = Object.keys(DEFAULT_DATASETS);
  for (const [i, files] of datasets.entries()) await loadDataset(db, names[i] ?? `dataset-${i}`, files);
  // Reports the user imported earlier (kept in the browser's private storage) load after the built-in data.
  const restored = await (await import('../features/import/index.ts')).restoreStoredWorkspace(db);
  // Timed for npm run bench (issue target: all rules over a county in the browser ≤ 200 ms).
  performance.mark('atlas:checks-start');
  await storeFindingsAhead(db, restored > 0 ? null : ahead);
  performance.measure('atlas:checks', 'atlas:checks-start');
  return db;
}
