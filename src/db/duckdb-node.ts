import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connector, Row } from './connector.ts';
import type { ArrowColumns, QueryResult } from './result.ts';
import { toQueryResult } from './result.ts';
import type { ArrowTable } from './settings.ts';
import { LOCK_SETTINGS, SAFE_SETTINGS, tableRows } from './settings.ts';
import type { Sql } from './sql.ts';

type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');
// The CJS build is the one duckdb-wasm's Node bindings load; an ESM import would be a second copy.
const require = createRequire(import.meta.url);

function distDir(): string {
  return path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
}

/** Options for the Node engine; `lock` false leaves the configuration open (tests that probe settings). */
export interface NodeConnectorOptions {
  lock?: boolean;
}

/** duckdb-wasm's Node build behind the Connector interface: the same engine as the browser. */
export async function createNodeConnector(options: NodeConnectorOptions = {}): Promise<Connector> {
  const duckdb = require('@duckdb/duckdb-wasm/blocking') as Blocking;
  const dir = distDir();
  const bundles = {
    mvp: { mainModule: path.join(dir, 'duckdb-mvp.wasm'), mainWorker: path.join(dir, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dir, 'duckdb-eh.wasm'), mainWorker: path.join(dir, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = db.connect();
  for (const s of SAFE_SETTINGS) conn.query(s);
  // Not `new URL('./schema.sql', import.meta.url)`: vite rewrites that pattern to a served URL in DOM test environments.
  conn.query(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.sql'), 'utf8'));
  if (options.lock !== false) conn.query(LOCK_SETTINGS);

  let scratch: string | undefined;
  return {
    async query<T extends Row = Row>(q: Sql): Promise<T[]> {
      if (q.params.length === 0) return tableRows<T>(conn.query(q.text) as unknown as ArrowTable);
      const stmt = conn.prepare(q.text);
      try {
        return tableRows<T>(stmt.query(...q.params) as unknown as ArrowTable);
      } finally {
        stmt.close();
      }
    },
    async exec(text: string): Promise<void> {
      conn.query(text);
    },
    async registerFile(name: string, bytes: Uint8Array): Promise<void> {
      db.registerFileBuffer(name, bytes);
    },
    // COPY … TO writes real files in Node: keep them out of the working tree and remove them on drop.
    scratchPath(name: string): string {
      scratch ??= mkdtempSync(path.join(os.tmpdir(), 'atlas-duckdb-'));
      return path.join(scratch, path.basename(name));
    },
    async dropFile(name: string): Promise<void> {
      db.dropFile(name);
      if (scratch && path.dirname(name) === scratch) rmSync(name, { force: true });
    },
    async readFile(name: string): Promise<Uint8Array> {
      return db.copyFileToBuffer(name);
    },
    async cancel(): Promise<boolean> {
      return false;
    },
    // The blocking build runs to completion: the signal is only checked before the query starts.
    async send(text: string, signal?: AbortSignal): Promise<QueryResult> {
      signal?.throwIfAborted();
      const table = conn.query(text) as unknown as ArrowColumns;
      return toQueryResult(table.schema.fields, [table]);
    },
    async queryIpc(q: Sql): Promise<Uint8Array> {
      return conn.useUnsafe((bindings, id) => {
        if (q.params.length === 0) return bindings.runQuery(id, q.text);
        const stmt = bindings.createPrepared(id, q.text);
        try {
          return bindings.runPrepared(id, stmt, [...q.params]);
        } finally {
          bindings.closePrepared(id, stmt);
        }
      });
    },
    async insertArrowIpc(name: string, ipc: Uint8Array, options: { create?: boolean } = {}): Promise<void> {
      conn.insertArrowFromIPCStream(ipc, { name, create: options.create ?? false });
    },
  };
}
