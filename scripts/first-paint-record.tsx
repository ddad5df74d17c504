// Runs inside scripts/first-paint.ts's module runner, with happy-dom as the DOM: renders the app's default
// first screen over DuckDB (Node build) and keeps every query it asked with its answer.
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { App } from '../src/app/app.tsx';
import { openDefaultDatabase } from '../src/app/default-data.ts';
import { createQueryClient } from '../src/app/query-client.ts';
import { recordingConnector } from '../src/app/recording-connector.ts';
import type { SnapshotEntry } from '../src/app/snapshot-connector.ts';

const TIMEOUT_MS = 300_000;

/** Wait until nothing is fetching or suspended over several looks in a row; fail on an error shown. */
async function settle(client: QueryClient): Promise<void> {
  const start = Date.now();
  for (let quiet = 0; quiet < 5; ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const alert = document.querySelector('[role=alert]');
    if (alert) throw new Error(`the first screen shows an error: ${alert.textContent ?? ''}`);
    if (Date.now() - start > TIMEOUT_MS) throw new Error('the first screen did not settle');
    const busy = client.isFetching() > 0 || document.querySelector('[aria-busy=true]') || !document.querySelector('main');
    quiet = busy ? 0 : quiet + 1;
  }
}

/** The queries the default first screen asks, each with its answer over the embedded data. */
export async function recordFirstScreen(): Promise<SnapshotEntry[]> {
  let entries: () => SnapshotEntry[] = () => [];
  const database = openDefaultDatabase().then((db) => {
    const recording = recordingConnector(db);
    entries = recording.entries;
    return recording.connector;
  });
  const client = createQueryClient();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(
    <QueryClientProvider client={client}>
      <App startup={{ firstScreen: database, database }} />
    </QueryClientProvider>,
  );
  try {
    await settle(client);
  } finally {
    root.unmount();
  }
  return entries();
}
