import type { DuckDBConnection } from '@duckdb/node-api';
import { loadCsvNative } from '../warehouse/load-csv.ts';
import { loadPackNative } from '../warehouse/load-pack.ts';
import { openNative, refreshPivots } from '../warehouse/native.ts';
import type { OverheadQuery } from './overhead/queries.ts';
import type { PackInfo } from './packs.ts';

export interface NativeTimes {
  name: string;
  rows: number;
  samples: number[];
}

const RUNS = 25;

async function time(conn: DuckDBConnection, text: string, params: readonly (string | number | boolean | null)[]): Promise<{ ms: number; rows: number }> {
  const t0 = performance.now();
  const reader = await conn.runAndReadAll(text, params.map((p) => (p === null ? null : p)) as (string | number | boolean)[]);
  return { ms: performance.now() - t0, rows: reader.currentRowCount };
}

/**
 * The overhead bench's queries in native DuckDB (@duckdb/node-api, all threads) over the same data, bound
 * parameters and all: the engine's limit on this machine. A baseline only, never a test engine.
 */
export async function measureNative(pack: PackInfo | null, overheadQueries: readonly OverheadQuery[]): Promise<{ loadMs: number; queries: NativeTimes[] }> {
  const { conn } = await openNative();
  const t0 = performance.now();
  if (pack) await loadPackNative(conn, pack.dir);
  else for (const dir of ['data/demo', 'data/samples']) await loadCsvNative(conn, dir);
  await refreshPivots(conn);
  const loadMs = performance.now() - t0;
  const queries: NativeTimes[] = [];
  for (const { name, q } of overheadQueries) {
    const first = await time(conn, q.text, q.params);
    for (let i = 0; i < 3; i++) await time(conn, q.text, q.params);
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push((await time(conn, q.text, q.params)).ms);
    queries.push({ name, rows: first.rows, samples });
  }
  conn.closeSync();
  return { loadMs, queries };
}
