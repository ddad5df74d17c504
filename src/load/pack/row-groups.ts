/** Rows per Parquet row group in a pack. */
export const PACK_ROW_GROUP = 65_536;

/** Row groups decoded and inserted together: fewer, larger parts insert faster (each joins the report list once). */
const GROUPS_PER_PART = 4;

/** The part of parquet-wasm's API (browser and Node builds alike) that reading by row group needs. */
export interface ParquetWasm {
  readParquet(bytes: Uint8Array, options?: { rowGroups?: number[]; batchSize?: number }): { intoIPCStream(): Uint8Array };
  ParquetFile: { fromFile(blob: Blob): Promise<{ metadata(): { numRowGroups(): number }; free(): void }> };
}

/**
 * A Parquet file's rows as Arrow IPC streams of a few row groups each, in large batches: decoding a whole
 * province table at once grew parquet-wasm's memory (which never shrinks) by 630 MB, and 1,024-row batches were slow.
 */
export async function* rowGroupsAsIpc(pq: ParquetWasm, bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  const file = await pq.ParquetFile.fromFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  const groups = file.metadata().numRowGroups();
  file.free();
  // A file without rows still has a schema for the staging table.
  if (groups === 0) yield pq.readParquet(bytes).intoIPCStream();
  for (let g = 0; g < groups; g += GROUPS_PER_PART) {
    const rowGroups = Array.from({ length: Math.min(GROUPS_PER_PART, groups - g) }, (_, i) => g + i);
    yield pq.readParquet(bytes, { rowGroups, batchSize: PACK_ROW_GROUP * GROUPS_PER_PART }).intoIPCStream();
  }
}
