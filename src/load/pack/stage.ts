import type { Connector } from '../../db/index.ts';
import { SqlFragment } from '../../db/index.ts';
import { columnsLiteral } from '../csv-columns.ts';
import type { PackTable } from './columns.ts';
import { PACK_COLUMNS, quoted } from './columns.ts';
import { isGzip } from './fetch-file.ts';
import type { PackEncoding } from './manifest.ts';

/** Parquet bytes → Arrow IPC stream (parquet-wasm: the browser build in the app, the Node build in tests). */
export type ParquetReader = (bytes: Uint8Array) => Promise<Uint8Array>;

/** Parquet bytes → Arrow IPC streams, a few row groups each (how the pack loader reads its files). */
export type ParquetRowGroups = (bytes: Uint8Array) => AsyncIterable<Uint8Array>;

/**
 * One pack file made readable by SQL: `from` is a trusted relation (a registered CSV, or a staging table
 * filled row group by row group). Staged before the loading transaction: a staging table made inside it
 * held its memory until the commit (the DuckDB worker's peak grew by ~120 MB at province scale).
 */
export interface Staged {
  from: SqlFragment;
  drop(): Promise<void>;
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

let staged = 0;

/** One file to stage: its bytes, and its name for error messages. */
export interface StageFile {
  bytes: Uint8Array;
  name: string;
}

const unreadable = (f: StageFile, e: unknown) => new Error(`${f.name}: unreadable (${e instanceof Error ? e.message : String(e)})`);

/**
 * Stage the files of `table` (one, or several read as one: a set of regions) under a name of ours; the column
 * list is the code's, never the file's. Errors name the file.
 */
export async function stage(db: Connector, encoding: PackEncoding, table: PackTable, files: readonly StageFile[], parquet?: ParquetRowGroups): Promise<Staged> {
  const name = `pack_stage_${table}_${(staged += 1)}`;
  const columns = Object.keys(PACK_COLUMNS[table]).map(quoted).join(', ');
  if (encoding === 'csv.gz') {
    const names = files.map((_, i) => `${name}_${i}.csv`);
    const drop = () => Promise.all(names.map((n) => db.dropFile(n))).then(() => undefined);
    try {
      for (const [i, f] of files.entries()) {
        await db.registerFile(names[i] as string, isGzip(f.bytes) ? await gunzip(f.bytes).catch((e: unknown) => Promise.reject(unreadable(f, e))) : f.bytes);
      }
    } catch (e) {
      await drop();
      throw e;
    }
    const list = `[${names.map((n) => `'${n}'`).join(', ')}]`;
    const read = `read_csv(${list}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = ${columnsLiteral(PACK_COLUMNS[table])})`;
    return { from: new SqlFragment({ text: `(SELECT ${columns} FROM ${read})`, params: [] }), drop };
  }
  if (!parquet) throw new Error('a Parquet pack needs a Parquet reader');
  const drop = () => db.exec(`DROP TABLE IF EXISTS ${name}`);
  let first = true;
  for (const f of files) {
    try {
      for await (const ipc of parquet(f.bytes)) {
        await db.insertArrowIpc(name, ipc, { create: first });
        first = false;
      }
      // Named columns: a file with other columns fails here, before anything is inserted.
      await db.exec(`SELECT ${columns} FROM ${name} LIMIT 0`);
    } catch (e) {
      await drop();
      throw unreadable(f, e);
    }
  }
  const typed = Object.entries(PACK_COLUMNS[table]).map(([c, type]) => `CAST(${quoted(c)} AS ${type}) AS ${quoted(c)}`).join(', ');
  return { from: new SqlFragment({ text: `(SELECT ${typed} FROM ${name})`, params: [] }), drop };
}
