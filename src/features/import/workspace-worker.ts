/// <reference lib="webworker" />
import type { Workspace } from './workspace.ts';
import { decodeWorkspace, encodeWorkspace } from './workspace.ts';

/** Zip or unzip a workspace here, off the page's thread: hundreds of small CSV files take fflate most of a second. */
export type WorkspaceJob = { encode: Workspace; compress: boolean } | { decode: Uint8Array };
export type WorkspaceReply = { ok: true; value: Uint8Array | Workspace } | { ok: false; error: string };

self.onmessage = (e: MessageEvent<WorkspaceJob>) => {
  try {
    if ('encode' in e.data) {
      const bytes = encodeWorkspace(e.data.encode, { compress: e.data.compress });
      self.postMessage({ ok: true, value: bytes } satisfies WorkspaceReply, [bytes.buffer as ArrayBuffer]);
    } else self.postMessage({ ok: true, value: decodeWorkspace(e.data.decode) } satisfies WorkspaceReply);
  } catch (error) {
    self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkspaceReply);
  }
};
