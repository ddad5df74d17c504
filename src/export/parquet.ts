import type { Data } from 'apache-arrow';
import { Bool, Float64, makeData, makeVector, Table, tableToIPC, Utf8 } from 'apache-arrow';
import type { Row } from '../db/index.ts';
import { columnsOf } from './table.ts';

/** The two calls of parquet-wasm this module needs (its browser build, or its Node build in tests). */
export interface ParquetWasm {
  Table: { fromIPCStream(buf: Uint8Array): unknown };
  writeParquet(table: never): Uint8Array;
}

const present = (v: unknown) => v !== null && v !== undefined;

/** Arrow's validity bitmap (LSB first); null when every value is present. */
function validity(values: readonly unknown[]): { nullBitmap: Uint8Array | undefined; nullCount: number } {
  const nullCount = values.filter((v) => !present(v)).length;
  if (nullCount === 0) return { nullBitmap: undefined, nullCount };
  const bits = new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((v, i) => {
    if (present(v)) bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
  });
  return { nullBitmap: bits, nullCount };
}

// Arrow data is built by hand, not with vectorFromArray: its builders compile a null check with
// `new Function`, which the app's Content-Security-Policy (no 'unsafe-eval') forbids.
function column(values: readonly unknown[]): Data {
  const length = values.length;
  const valid = validity(values);
  const given = values.filter(present);
  if (given.length && given.every((v) => typeof v === 'number')) {
    return makeData({ type: new Float64(), length, ...valid, data: Float64Array.from(values, (v) => (typeof v === 'number' ? v : 0)) });
  }
  if (given.length && given.every((v) => typeof v === 'boolean')) {
    const bits = new Uint8Array(Math.ceil(length / 8));
    values.forEach((v, i) => {
      if (v === true) bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
    });
    return makeData({ type: new Bool(), length, ...valid, data: bits });
  }
  const encoder = new TextEncoder();
  const parts = values.map((v) => encoder.encode(!present(v) ? '' : typeof v === 'string' ? v : JSON.stringify(v)));
  const valueOffsets = new Int32Array(length + 1);
  parts.forEach((p, i) => (valueOffsets[i + 1] = (valueOffsets[i] ?? 0) + p.length));
  const data = new Uint8Array(valueOffsets[length] ?? 0);
  parts.forEach((p, i) => data.set(p, valueOffsets[i]));
  return makeData({ type: new Utf8(), length, ...valid, valueOffsets, data });
}

/** Rows as an Arrow IPC stream with one typed column each (numbers → Float64, booleans → Bool, else Utf8). */
export function rowsToIpc(rows: readonly Row[]): Uint8Array {
  const columns = columnsOf(rows);
  const table = new Table(Object.fromEntries(columns.map((c) => [c, makeVector(column(rows.map((r) => r[c])))])));
  return tableToIPC(table, 'stream');
}

/** Parquet bytes through parquet-wasm: rows → Arrow IPC → Parquet. */
export function exportParquet(pq: ParquetWasm, rows: readonly Row[]): Uint8Array {
  const table = pq.Table.fromIPCStream(rowsToIpc(rows));
  return pq.writeParquet(table as never);
}
