// Node entry of the pack module (command line and tests): encoders that need zlib or parquet-wasm's Node build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ParquetWasm } from './row-groups.ts';
import { PACK_ROW_GROUP, rowGroupsAsIpc } from './row-groups.ts';
import type { PackEncoder, PackSink } from './write-pack.ts';

const require = createRequire(import.meta.url);
type ParquetNode = typeof import('parquet-wasm/node');
// The CJS copy of apache-arrow, the one duckdb-wasm's Node build produces tables of (stack-notes.md).
type ArrowCjs = typeof import('apache-arrow');

/** gzip-compressed CSV with a header, written by DuckDB's COPY (it does the quoting). */
export const csvGzEncoder: PackEncoder = {
  encoding: 'csv.gz',
  extension: '.csv.gz',
  async encode(db, select) {
    const file = db.scratchPath(`pack-${process.pid}.csv`);
    await db.exec(`COPY (${select}) TO '${file}' (HEADER, DELIMITER ',', QUOTE '"', ESCAPE '"')`);
    try {
      return gzipSync(readFileSync(file), { level: 6 });
    } finally {
      await db.dropFile(file);
    }
  },
};

/**
 * String columns with repeated values as Arrow dictionaries: Parquet keeps the Arrow type, so the loader decodes
 * them as dictionaries and DuckDB converts each distinct string once (the requests_cube file's seven string
 * columns took duckdb-wasm twice as long to insert as plain strings).
 */
function dictionaryStrings(arrow: ArrowCjs, table: import('apache-arrow').Table): import('apache-arrow').Table {
  const columns = Object.fromEntries(table.schema.fields.map((f) => {
    const column = table.getChild(f.name) as import('apache-arrow').Vector;
    if (!arrow.DataType.isUtf8(f.type)) return [f.name, column];
    const values = column.toArray() as (string | null)[];
    if (new Set(values).size > values.length / 2) return [f.name, column];
    return [f.name, arrow.vectorFromArray(values, new arrow.Dictionary(new arrow.Utf8(), new arrow.Int32()))];
  }));
  return new arrow.Table(columns);
}

/** Parquet (zstd) through parquet-wasm, from the query's Arrow result, in row groups of `rowGroup` rows. */
export function parquetEncoderOf(rowGroup: number): PackEncoder {
  return {
    encoding: 'parquet',
    extension: '.parquet',
    async encode(db, select) {
      const pq = require('parquet-wasm/node') as ParquetNode;
      const arrow = require('apache-arrow') as ArrowCjs;
      // duckdb-wasm's raw IPC bytes end without the stream's end marker: re-frame them through arrow.
      const ipc = arrow.tableToIPC(dictionaryStrings(arrow, arrow.tableFromIPC(await db.queryIpc({ text: select, params: [] }))), 'stream');
      const props = new pq.WriterPropertiesBuilder().setCompression(pq.Compression.ZSTD).setMaxRowGroupSize(rowGroup).build();
      return pq.writeParquet(pq.Table.fromIPCStream(ipc), props);
    },
  };
}

/** The packs' Parquet encoding. */
export const parquetEncoder: PackEncoder = parquetEncoderOf(PACK_ROW_GROUP);

/** parquet-wasm's Node build as the loader's Parquet reader: Parquet bytes → Arrow IPC streams by row group. */
export function nodeParquetRowGroups(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  return rowGroupsAsIpc(require('parquet-wasm/node') as ParquetWasm, bytes);
}

/** Files of a pack written under `dir`. */
export function directorySink(dir: string): PackSink {
  return {
    async write(file, bytes) {
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    },
  };
}

/** The loader's fetchBytes over files on disk (paths as loadPack forms them from its base). */
export const readBytes = async (file: string): Promise<Uint8Array> => new Uint8Array(readFileSync(file));
