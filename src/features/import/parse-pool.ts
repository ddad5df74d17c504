import type { ParseRequest, ParseResponse } from './parse-worker.ts';

/** One file queued for parsing. */
export interface ParseJob {
  path: string;
  file: Blob;
}

/** Where a run stands: files done of total, the file being read, and an estimate of the time left. */
export interface ParseProgress {
  done: number;
  total: number;
  current: string;
  msLeft: number | null;
}

const workerCount = () => Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));

/**
 * Parse files in Web Workers (never on the main thread), reporting progress after each. Aborting the
 * signal terminates the workers; files not parsed by then are missing from the result.
 */
export async function parseInWorkers(
  jobs: readonly ParseJob[],
  onProgress: (p: ParseProgress) => void,
  signal: AbortSignal,
): Promise<Map<number, ParseResponse>> {
  const results = new Map<number, ParseResponse>();
  const started = performance.now();
  let next = 0;
  const report = (current: string) => {
    const done = results.size;
    const perFile = done > 0 ? (performance.now() - started) / done : null;
    onProgress({ done, total: jobs.length, current, msLeft: perFile === null ? null : perFile * (jobs.length - done) });
  };
  const run = async (worker: Worker): Promise<void> => {
    while (next < jobs.length && !signal.aborted) {
      const id = next++;
      const job = jobs[id] as ParseJob;
      report(job.path);
      const response = await new Promise<ParseResponse | null>((resolve) => {
        const onAbort = () => resolve(null);
        signal.addEventListener('abort', onAbort, { once: true });
        worker.onmessage = (e: MessageEvent<ParseResponse>) => {
          signal.removeEventListener('abort', onAbort);
          resolve(e.data);
        };
        worker.onerror = (e) => {
          signal.removeEventListener('abort', onAbort);
          resolve({ id, result: { ok: false, file: job.path, error: `parser crashed: ${e.message}` }, findings: [] });
        };
        // The file itself goes (a handle, not its bytes): the worker reads it, off this thread.
        const request: ParseRequest = { id, path: job.path, file: job.file };
        worker.postMessage(request);
      });
      if (response) results.set(id, response);
    }
  };
  const workers = Array.from({ length: Math.min(workerCount(), Math.max(1, jobs.length)) }, () =>
    new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' }),
  );
  try {
    await Promise.all(workers.map(run));
  } finally {
    for (const w of workers) w.terminate();
  }
  report('');
  return results;
}
