import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export interface Memory {
  /** Main thread's used JS heap (CDP Performance.getMetrics). */
  heapBytes: number;
  /** The DuckDB worker's wasm linear memory (it only grows, so this is its peak). */
  wasmBytes: number;
  /** Resident memory of the page's renderer process: page, worker, wasm and all (Linux /proc). */
  rendererBytes: number;
  /** The same after a forced garbage collection in the page and the worker: what they still hold. */
  rendererAfterGcBytes: number;
}

/** Used JS heap of the page's main thread, bytes. */
export async function mainHeap(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/** Send CDP commands to a worker target through the browser session (Playwright gives workers no CDP session). */
function workerChannel(cdp: CDPSession, sessionId: string) {
  let id = 0;
  const pending = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (m.id !== undefined) pending.get(m.id)?.(m);
  });
  return async <T>(method: string, params: object = {}): Promise<T> => {
    const mid = ++id;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => pending.set(mid, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mid, method, params }) });
    const m = await Promise.race([reply, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${method}: no reply`)), 10_000))]);
    if (m.error) throw new Error(`${method}: ${m.error.message}`);
    return m.result as T;
  };
}

interface RemoteObject {
  objectId?: string;
  value?: unknown;
}

type WorkerSend = ReturnType<typeof workerChannel>;

/** Run `use` with a CDP channel to the DuckDB worker; NaN when there is none or it fails. */
async function withWorker(browser: Browser, use: (send: WorkerSend) => Promise<number>): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'worker' && /duckdb/.test(t.url));
    if (!worker) return Number.NaN;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    return await use(workerChannel(cdp, sessionId));
  } catch {
    return Number.NaN;
  } finally {
    await cdp.detach();
  }
}

/**
 * The wasm memory of the DuckDB worker. The worker's onmessage handler closes over duckdb-wasm's worker
 * object, whose bindings hold the Emscripten module and its HEAPU8 view of the wasm memory: reached through
 * the handler's [[Scopes]] (CDP Runtime.getProperties), since nothing in the worker's globals refers to it.
 */
function workerWasm(browser: Browser): Promise<number> {
  return withWorker(browser, async (send) => {
    const { result: handler } = await send<{ result: RemoteObject }>('Runtime.evaluate', { expression: 'globalThis.onmessage' });
    const props = await send<{ internalProperties?: { name: string; value?: RemoteObject }[] }>('Runtime.getProperties', { objectId: handler.objectId, ownProperties: true });
    const scopes = props.internalProperties?.find((p) => p.name === '[[Scopes]]')?.value;
    const list = await send<{ result: { value?: RemoteObject }[] }>('Runtime.getProperties', { objectId: scopes?.objectId, ownProperties: true });
    for (const scope of list.result) {
      const vars = await send<{ result: { value?: RemoteObject }[] }>('Runtime.getProperties', { objectId: scope.value?.objectId, ownProperties: true });
      for (const v of vars.result) {
        if (!v.value?.objectId) continue;
        const { result } = await send<{ result: RemoteObject }>('Runtime.callFunctionOn', {
          objectId: v.value.objectId,
          functionDeclaration: 'function () { return this?._bindings?.mod?.HEAPU8?.buffer?.byteLength ?? null; }',
          returnByValue: true,
        });
        if (typeof result.value === 'number') return result.value;
      }
    }
    return Number.NaN;
  });
}

/** A full garbage collection in the page's main thread and in the DuckDB worker. */
async function collectGarbage(browser: Browser, context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  await withWorker(browser, async (send) => (await send('HeapProfiler.collectGarbage'), 0));
}

function rssOf(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D/g, '')) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Resident memory of the page's renderer process: CDP SystemInfo lists this browser's renderers, /proc
 * has their size. The others hold the browser's own UI pages (tens of MB): with one page open, the
 * largest is the page's.
 */
async function renderer(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    const largest = Math.max(0, ...processInfo.filter((p) => p.type === 'renderer').map((p) => rssOf(p.id)));
    return largest > 0 ? largest : Number.NaN;
  } catch {
    return Number.NaN;
  } finally {
    await cdp.detach();
  }
}

/** Memory of the page open in `context` (the only page the browser has open): as it is, then after a forced GC. */
export async function measureMemory(browser: Browser, context: BrowserContext, page: Page): Promise<Memory> {
  const memory = { heapBytes: await mainHeap(context, page), wasmBytes: await workerWasm(browser), rendererBytes: await renderer(browser) };
  await collectGarbage(browser, context, page);
  return { ...memory, rendererAfterGcBytes: await renderer(browser) };
}
