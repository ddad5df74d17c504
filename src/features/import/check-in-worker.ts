import type { Finding } from '../../checks/index.ts';
import type { ReportRecord } from '../../domain/index.ts';

/** checkAll in a Web Worker: over hundreds of reports it is a long task the page should not wait on. */
export function checkInWorker(records: ReportRecord[]): Promise<Finding[]> {
  const worker = new Worker(new URL('./checks-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Finding[]>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Finding[]>) => resolve(e.data);
    worker.onerror = (e) => reject(new Error(`checks failed: ${e.message}`));
    worker.postMessage(records);
  }).finally(() => worker.terminate());
}
