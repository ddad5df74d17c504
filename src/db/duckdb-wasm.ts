import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import type { Connector, Row } from './connector.ts';
import type { ArrowColumns, QueryResult } from './result.ts';
import { toQueryResult } from './result.ts';
import schemaSql from './schema.sql?raw';
import type { ArrowTable } from './settings.ts';
import { LOCK_SETTINGS, SAFE_SETTINGS, tableRows } from './settings.ts';
import { statementCache } from './statement-cache.ts';
import type { Sql } from './sql.ts';

// Local bundles only: no CDN. The coi (threads) bundle is left out: it needs COOP/COEP headers and was
// slower on 2 cores (shared/docs/stack-notes.md).
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Stream a query's result batches; aborting cancels the pending query in the worker (conn.cancelSent). */
async function sendOn(c: duckdb.AsyncDuckDBConnection, text: string, signal?: AbortSignal): Promise<QueryResult> {
  signal?.throwIfAborted();
  const cancel = () => void c.cancelSent();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    const reader = await c.send(text, true);
    // The reader forgets its schema once drained: keep it from the start (or from the first batch).
    let fields = reader.schema?.fields as ArrowColumns['schema']['fields'] | undefined;
    const batches: ArrowColumns[] = [];
    for await (const batch of reader) {
      signal?.throwIfAborted();
      fields ??= batch.schema.fields;
      batches.push(batch as unknown as ArrowColumns);
    }
    return toQueryResult(fields ?? [], batches);
  } catch (e) {
    signal?.throwIfAborted();
    throw e;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

async function start(): Promise<Connector> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  for (const s of SAFE_SETTINGS) await conn.query(s);
  await conn.query(schemaSql);
  await conn.query(LOCK_SETTINGS);
  // The console gets a connection of its own, so cancelling it never touches the dashboard's queries.
  let consoleConn: Promise<duckdb.AsyncDuckDBConnection> | undefined;
  let consoleTail: Promise<unknown> = Promise.resolve();
  const statements = statementCache((text) => conn.prepare(text), 64);

  return {
    async query<T extends Row = Row>(q: Sql): Promise<T[]> {
      if (q.params.length === 0) return tableRows<T>((await conn.query(q.text)) as unknown as ArrowTable);
      return statements.withStatement(q.text, async (stmt) => tableRows<T>((await stmt.query(...q.params)) as unknown as ArrowTable));
    },
    async exec(text: string): Promise<void> {
      await conn.query(text);
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<void> {
      await db.registerFileBuffer(name, bytes);
    },
    scratchPath(name: string): string {
      return name;
    },
    async dropFile(name: string): Promise<void> {
      await db.dropFile(name);
    },
    async readFile(name: string): Promise<Uint8Array> {
      return db.copyFileToBuffer(name);
    },
    async cancel(): Promise<boolean> {
      return conn.cancelSent();
    },
    send(text: string, signal?: AbortSignal): Promise<QueryResult> {
      const connection = (consoleConn ??= db.connect());
      // One console query at a time: a poll of a cancelled query must never pick up the next one's result.
      const run = consoleTail.then(async () => sendOn(await connection, text, signal));
      consoleTail = run.catch(() => undefined);
      return run;
    },
    queryIpc(q: Sql): Promise<Uint8Array> {
      return conn.useUnsafe(async (bindings, id) => {
        if (q.params.length === 0) return bindings.runQuery(id, q.text);
        const stmt = await bindings.createPrepared(id, q.text);
        try {
          return await bindings.runPrepared(id, stmt, [...q.params]);
        } finally {
          await bindings.closePrepared(id, stmt);
        }
      });
    },
    // The bytes move to the DuckDB worker (their buffer is transferred, so the caller's copy is detached).
    async insertArrowIpc(name: string, ipc: Uint8Array, options: { create?: boolean } = {}): Promise<void> {
      await conn.insertArrowFromIPCStream(ipc, { name, create: options.create ?? false });
    },
  };
}

let connector: Promise<Connector> | undefined;

/** The browser's DuckDB: started once, lazily, in its own worker. */
export function browserConnector(): Promise<Connector> {
  connector ??= start();
  return connector;
}
