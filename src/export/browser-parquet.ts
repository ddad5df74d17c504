import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { ParquetWasm } from './parquet.ts';

let parquet: Promise<ParquetWasm> | undefined;

/** parquet-wasm's browser build, its 5 MB wasm fetched from the bundle on the first Parquet export only. */
export function browserParquet(): Promise<ParquetWasm> {
  parquet ??= import('parquet-wasm/esm').then(async (pq) => {
    await pq.default({ module_or_path: wasmUrl });
    return pq as unknown as ParquetWasm;
  });
  return parquet;
}
