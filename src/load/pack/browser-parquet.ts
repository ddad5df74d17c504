import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { ParquetReader } from './stage.ts';

let reader: Promise<ParquetReader> | undefined;

/** parquet-wasm's browser build (wasm from the bundle, fetched once) as the pack loader's Parquet reader. */
export function browserParquetReader(): Promise<ParquetReader> {
  reader ??= import('parquet-wasm/esm').then(async (pq) => {
    await pq.default({ module_or_path: wasmUrl });
    return async (bytes: Uint8Array) => pq.readParquet(bytes).intoIPCStream();
  });
  return reader;
}
