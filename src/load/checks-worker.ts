/// <reference lib="webworker" />
import type { Finding } from '../checks/index.ts';
import { keptChecks } from './kept-checks.ts';
import type { DatasetFiles } from './load-dataset.ts';
import { recordsFromCsv } from './records-csv.ts';
import type { RecordsIpc } from './records-ipc.ts';
import { keyedRecordsFromIpc } from './records-ipc.ts';

/** What the page asks the checks worker: check all records (as DuckDB wrote them, or the dataset files), or update. */
export type CheckRequest = { id: number } & (
  | { kind: 'ipc'; records: RecordsIpc }
  | { kind: 'csv'; datasets: DatasetFiles[] }
  | { kind: 'update'; changed: string[]; records: RecordsIpc }
);

/** The findings over every record kept (null for an update when the worker keeps none), and the worker's time on it. */
export interface CheckResponse {
  id: number;
  findings: Finding[] | null;
  ms: number;
}

const checks = keptChecks();

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const m = e.data;
  const start = performance.now();
  const findings =
    m.kind === 'csv' ? checks.all(recordsFromCsv(m.datasets))
    : m.kind === 'ipc' ? checks.all(keyedRecordsFromIpc(m.records))
    : checks.update(m.changed, keyedRecordsFromIpc(m.records));
  self.postMessage({ id: m.id, findings, ms: performance.now() - start } satisfies CheckResponse);
};
