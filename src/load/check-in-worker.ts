import type { Finding } from '../checks/index.ts';
import type { CheckRequest, CheckResponse } from './checks-worker.ts';
import type { CheckRecordsIpc } from './load-findings.ts';
import type { DatasetFiles } from './load-dataset.ts';
import type { RecordsIpc } from './records-ipc.ts';

type Request = CheckRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

let worker: Worker | undefined;
let asked = 0;
const pending = new Map<number, { resolve: (r: CheckResponse) => void; reject: (e: Error) => void }>();

/** The checks worker, started once and kept: it keeps the records it last checked, for updates. */
function ready(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./checks-worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<CheckResponse>) => {
    pending.get(e.data.id)?.resolve(e.data);
    pending.delete(e.data.id);
  };
  // A failed worker is dropped with what it kept: the next run starts a fresh one and checks everything.
  w.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(`checks failed: ${e.message}`));
    pending.clear();
    w.terminate();
    worker = undefined;
  };
  return (worker = w);
}

function ask(request: Request, transfer: Transferable[] = []): Promise<CheckResponse> {
  const id = (asked += 1);
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    ready().postMessage({ ...request, id }, transfer);
  });
}

const buffers = (r: RecordsIpc) => [...new Set([r.reports.buffer, r.cells.buffer, r.exceptions.buffer])] as ArrayBuffer[];

/**
 * checkAll in a Web Worker, handed the records as DuckDB wrote them (Arrow IPC, transferred, not copied) or
 * the dataset files themselves: decoding and checking never wait on the page's thread, busy drawing charts
 * at start and parsing results during an import. The worker keeps the records for `update`.
 */
export const checkInWorker: CheckRecordsIpc & {
  /** Check the records of dataset files before DuckDB has them (the bytes are copied); null if that failed. */
  fromCsv(datasets: readonly DatasetFiles[]): Promise<Finding[] | null>;
} = {
  prepare() {
    ready();
  },
  async fromIpc(records) {
    return (await ask({ kind: 'ipc', records }, buffers(records))).findings ?? [];
  },
  async update(changed, records) {
    return (await ask({ kind: 'update', changed: [...changed], records }, buffers(records))).findings;
  },
  fromCsv(datasets) {
    const start = performance.now();
    return ask({ kind: 'csv', datasets: [...datasets] }).then(
      ({ findings, decodeMs, rulesMs }) => {
        // Timed for npm run bench: the worker decoding the files, then running every rule (alongside the load).
        performance.measure('atlas:checks-decode', { start, duration: decodeMs });
        performance.measure('atlas:checks-rules', { start, duration: rulesMs });
        performance.measure('atlas:checks-ahead', { start });
        return findings;
      },
      () => null,
    );
  },
};
