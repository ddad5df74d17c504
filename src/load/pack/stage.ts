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

/** Stage the bytes of one file of `table` under a name of ours; the column list is the code's, never the file's. */
export async function stage(db: Connector, encoding: PackEncoding, table: PackTable, bytes: Uint8Array, parquet?: ParquetRowGroups): Promise<Staged> {
  const name = `pack_stage_${table}_${(staged += 1)}`;
  const columns = Object.keys(PACK_COLUMNS[table]).map(quoted).join(', ');
  if (encoding === 'csv.gz') {
    await db.registerFile(`${name}.csv`, isGzip(bytes) ? await gunzip(bytes) : bytes);
    const read = `read_csv('${name}.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = ${columnsLiteral(PACK_COLUMNS[table])})`;
    return { from: new SqlFragment({ text: `(SELECT ${columns} FROM ${read})`, params: [] }), drop: () => db.dropFile(`${name}.csv`) };
  }
  if (!parquet) throw new Error('a Parquet pack needs a Parquet reader');
  const drop = () => db.exec(`DROP TABLE IF EXISTS ${name}`);
  try {
    let first = true;
    for await (const ipc of parquet(bytes)) {
      await db.insertArrowIpc(name, ipc, { create: first });
      first = false;
    }
    // Named columns: a file with other columns fails here, before anything is inserted.
    await db.exec(`SELECT ${columns} FROM ${name} LIMIT 0`);
  } catch (e) {
    await drop();
    throw e;
  }
  const typed = Object.entries(PACK_COLUMNS[table]).map(([c, type]) => `CAST(${quoted(c)} AS ${type}) AS ${quoted(c)}`).join(', ');
  return { from: new SqlFragment({ text: `(SELECT ${typed} FROM ${name})`, params: [] }), drop };
}
