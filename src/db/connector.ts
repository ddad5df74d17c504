import type { QueryResult } from './result.ts';
import type { Sql } from './sql.ts';

/** A row as DuckDB returns it, with BIGINT and DECIMAL already cast to number. */
export type Row = Record<string, unknown>;

/** The one door to DuckDB. Browser (worker) and Node implement it over the same duckdb-wasm engine. */
export interface Connector {
  /** Run a parameterised query and return plain row objects. */
  query<T extends Row = Row>(q: Sql): Promise<T[]>;
  /** Run trusted SQL text (schema, loading); never user values. */
  exec(text: string): Promise<void>;
  /** Make bytes readable by SQL under `name` (read_csv('name')). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Forget a registered file. */
  dropFile(name: string): Promise<void>;
  /** Where COPY … TO may write a scratch file: a name in the browser's virtual file system, a temp dir in Node. */
  scratchPath(name: string): string;
  /** Read a file DuckDB wrote (COPY … TO 'name'). */
  readFile(name: string): Promise<Uint8Array>;
  /** Cancel the query that is running now, if any; resolves true when one was cancelled. */
  cancel(): Promise<boolean>;
  /**
   * Run one statement of user SQL (the SQL console) on a connection of its own, keeping column order and
   * types; aborting `signal` cancels it inside the engine and rejects with an AbortError.
   */
  send(text: string, signal?: AbortSignal): Promise<QueryResult>;
  /**
   * Run a parameterised query and return its result as Arrow IPC stream bytes, undecoded: large reads
   * (every cell, for the consistency checks) can then be decoded column-wise, or in a worker.
   */
  queryIpc(q: Sql): Promise<Uint8Array>;
  /**
   * Append the rows of an Arrow IPC stream to table `name`, columns by position; `create` makes a new
   * table from the stream's schema instead (a staging table for Parquet input). `name` is ours, never input.
   */
  insertArrowIpc(name: string, ipc: Uint8Array, options?: { create?: boolean }): Promise<void>;
}
