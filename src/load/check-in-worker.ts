import type { Finding } from '../checks/index.ts';
import type { CheckRecordsIpc } from './load-findings.ts';
import type { RecordsIpc } from './records-ipc.ts';

const spawn = () => new Worker(new URL('./checks-worker.ts', import.meta.url), { type: 'module' });
let spare: Worker | undefined;

/**
 * checkAll in a Web Worker, handed the records as DuckDB wrote them (Arrow IPC, transferred, not copied):
 * decoding and checking hundreds of reports then never wait on the page's thread, busy drawing charts
 * at start and parsing results during an import. The worker starts while the records are read.
 */
export const checkInWorker: CheckRecordsIpc = {
  prepare() {
    spare ??= spawn();
  },
  fromIpc(records: RecordsIpc): Promise<Finding[]> {
    const worker = spare ?? spawn();
    spare = undefined;
    return new Promise<Finding[]>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<Finding[]>) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(`checks failed: ${e.message}`));
      const buffers = [records.reports.buffer, records.cells.buffer, records.exceptions.buffer] as ArrayBuffer[];
      worker.postMessage(records, [...new Set(buffers)]);
    }).finally(() => worker.terminate());
  },
};
