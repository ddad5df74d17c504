import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { ParquetReader, ParquetRowGroups } from './stage.ts';
import { rowGroupsAsIpc } from './row-groups.ts';

type ParquetEsm = typeof import('parquet-wasm/esm');
let module: Promise<ParquetEsm> | undefined;

/** parquet-wasm's browser build, its wasm from the bundle, fetched and started once. */
function parquetWasm(): Promise<ParquetEsm> {
  module ??= import('parquet-wasm/esm').then(async (pq) => {
    await pq.default({ module_or_path: wasmUrl });
    return pq;
  });
  return module;
}

/** parquet-wasm's browser build as a reader of whole Parquet files (imported files). */
export async function browserParquetReader(): Promise<ParquetReader> {
  const pq = await parquetWasm();
  return async (bytes: Uint8Array) => pq.readParquet(bytes).intoIPCStream();
}

/** parquet-wasm's browser build as the pack loader's reader, row group by row group. */
export async function browserParquetRowGroups(): Promise<ParquetRowGroups> {
  const pq = await parquetWasm();
  return (bytes: Uint8Array) => rowGroupsAsIpc(pq, bytes);
}
