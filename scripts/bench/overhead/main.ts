// The overhead bench page: the same SQL through the app's query path (its Connector over its DuckDB
// worker, with result conversion) and through duckdb-wasm called directly (AsyncDuckDB connection.query,
// Arrow result, in a second worker holding a copy of the same tables). Results go to window.__overhead.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { tableFromIPC } from 'apache-arrow';
import { openDefaultDatabase } from '../../../src/app/default-data.ts';
import type { Connector } from '../../../src/db/index.ts';
import type { Sql } from '../../../src/db/index.ts';
import { sql } from '../../../src/db/index.ts';
import schemaSql from '../../../src/db/schema.sql?raw';
import { inlined, overheadQueries } from './queries.ts';

export interface OverheadResult {
  tables: { name: string; rows: number; copied: number }[];
  /** Each query as the app sent it (native DuckDB runs the same), its rows through both paths, and the times. */
  queries: { name: string; q: Sql; rows: number; rawRows: number; app: number[]; raw: number[] }[];
}

const RUNS = 25;
const WARM_UPS = 3;

async function rawDuckDB(): Promise<duckdb.AsyncDuckDBConnection> {
  const bundle = await duckdb.selectBundle({ mvp: { mainModule: mvpWasm, mainWorker: mvpWorker }, eh: { mainModule: ehWasm, mainWorker: ehWorker } });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker ?? ehWorker));
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false');
  await conn.query('SET autoload_known_extensions = false');
  await conn.query(schemaSql);
  return conn;
}

/** Copy every table of the app's database into the direct one (Arrow, columns by position). */
async function copyTables(app: Connector, raw: duckdb.AsyncDuckDBConnection): Promise<OverheadResult['tables']> {
  const names = await app.query<{ name: string }>(sql`SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary AND schema_name = 'main' ORDER BY name`);
  const out: OverheadResult['tables'] = [];
  for (const { name } of names) {
    const table = tableFromIPC(await app.queryIpc({ text: `SELECT * FROM "${name}"`, params: [] }));
    if (table.numRows > 0) await raw.insertArrowTable(table, { name, create: false });
    const [copied] = (await raw.query(`SELECT count(*) AS n FROM "${name}"`)).toArray() as { n: number }[];
    out.push({ name, rows: table.numRows, copied: Number(copied?.n) });
  }
  return out;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

async function measure(): Promise<OverheadResult> {
  const [app, raw] = await Promise.all([openDefaultDatabase(), rawDuckDB()]);
  const tables = await copyTables(app, raw);
  const queries: OverheadResult['queries'] = [];
  for (const { name, q } of await overheadQueries(app)) {
    const text = inlined(q);
    const rows = (await app.query(q)).length;
    const rawRows = (await raw.query(text)).numRows;
    for (let i = 0; i < WARM_UPS; i++) await Promise.all([app.query(q), raw.query(text)]);
    const times = { app: [] as number[], raw: [] as number[] };
    // Alternating, so load from elsewhere on the machine falls on both alike.
    for (let i = 0; i < RUNS; i++) {
      times.app.push(await time(() => app.query(q)));
      times.raw.push(await time(() => raw.query(text)));
    }
    queries.push({ name, q, rows, rawRows, ...times });
  }
  return { tables, queries };
}

const status = document.getElementById('status');
const w = window as unknown as { __overhead?: OverheadResult; __overheadError?: string };
measure().then(
  (r) => {
    w.__overhead = r;
    if (status) status.textContent = 'done';
  },
  (e: unknown) => {
    w.__overheadError = e instanceof Error ? `${e.message}\n${e.stack}` : String(e);
    if (status) status.textContent = 'failed';
  },
);
