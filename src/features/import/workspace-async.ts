import type { Workspace } from './workspace.ts';
import type { WorkspaceJob, WorkspaceReply } from './workspace-worker.ts';

function inWorker(job: WorkspaceJob, transfer: Transferable[] = []): Promise<WorkspaceReply & { ok: true }> {
  const worker = new Worker(new URL('./workspace-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<WorkspaceReply & { ok: true }>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<WorkspaceReply>) => (e.data.ok ? resolve(e.data) : reject(new Error(e.data.error)));
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage(job, transfer);
  }).finally(() => worker.terminate());
}

/** encodeWorkspace in a Web Worker (saving after an import of hundreds of files must not block the page). */
export async function encodeWorkspaceAsync(ws: Workspace, options: { compress?: boolean } = {}): Promise<Uint8Array> {
  return (await inWorker({ encode: ws, compress: options.compress !== false })).value as Uint8Array;
}

/** decodeWorkspace in a Web Worker; the bytes are handed over (transferred). Rejects with the same messages. */
export async function decodeWorkspaceAsync(bytes: Uint8Array): Promise<Workspace> {
  return (await inWorker({ decode: bytes }, [bytes.buffer as ArrayBuffer])).value as Workspace;
}
