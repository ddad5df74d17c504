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
  /** Decoding the records, then running the rules over them. */
  decodeMs: number;
  rulesMs: number;
}

const checks = keptChecks();

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const m = e.data;
  const start = performance.now();
  const records = m.kind === 'csv' ? recordsFromCsv(m.datasets) : keyedRecordsFromIpc(m.records);
  const decoded = performance.now();
  const findings = m.kind === 'update' ? checks.update(m.changed, records) : checks.all(records);
  self.postMessage({ id: m.id, findings, decodeMs: decoded - start, rulesMs: performance.now() - decoded } satisfies CheckResponse);
};
