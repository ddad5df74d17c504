import type { Workspace } from './workspace.ts';
import { EMPTY_WORKSPACE } from './workspace.ts';
import { decodeWorkspaceAsync, encodeWorkspaceAsync } from './workspace-async.ts';

const FILE = 'atlas-workspace.zip';

async function folder(): Promise<FileSystemDirectoryHandle | null> {
  try {
    return await navigator.storage.getDirectory();
  } catch {
    return null;
  }
}

/** The workspace kept in the origin-private file system; empty when there is none (or no OPFS). */
export async function readStoredWorkspace(): Promise<Workspace> {
  const dir = await folder();
  if (!dir) return EMPTY_WORKSPACE;
  try {
    const handle = await dir.getFileHandle(FILE);
    const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
    return bytes.length === 0 ? EMPTY_WORKSPACE : await decodeWorkspaceAsync(bytes);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'NotFoundError') return EMPTY_WORKSPACE;
    throw e;
  }
}

/** Replace the stored workspace; false when the browser offers no storage. */
export async function storeWorkspace(ws: Workspace): Promise<boolean> {
  const dir = await folder();
  if (!dir) return false;
  const writable = await (await dir.getFileHandle(FILE, { create: true })).createWritable();
  // Stored, not compressed: deflating hundreds of CSV files cost more than the whole load; OPFS has room.
  const bytes = await encodeWorkspaceAsync(ws, { compress: false });
  await writable.write(bytes as Uint8Array<ArrayBuffer>);
  await writable.close();
  return true;
}

/** Forget the stored workspace. */
export async function clearStoredWorkspace(): Promise<void> {
  const dir = await folder();
  await dir?.removeEntry(FILE).catch(() => undefined);
}

/** The workspace query: what earlier imports saved on this machine (set again after every load, never re-read). */
export const storedWorkspaceQuery = { queryKey: ['importWorkspace'], queryFn: readStoredWorkspace } as const;
