// Stands in for src/load/pack/browser-parquet.ts while scripts/first-paint.ts renders a pack's first screen in
// Node: parquet-wasm's Node build reads the pack, as npm run pack wrote it.
import type { ParquetReader, ParquetRowGroups } from '../src/load/pack/stage.ts';
import { nodeParquetRowGroups } from '../src/load/pack/node.ts';

export async function browserParquetRowGroups(): Promise<ParquetRowGroups> {
  return nodeParquetRowGroups;
}

export async function browserParquetReader(): Promise<ParquetReader> {
  throw new Error('the first screen reads no imported Parquet file');
}
