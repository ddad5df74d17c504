import { toPlain } from './settings.ts';

/** A column of a console result: its name and Arrow type (Float64, Utf8, Date32<DAY> …). */
export interface ResultColumn {
  name: string;
  type: string;
}

/** The result of user SQL: columns in order, rows as arrays in that order (names may repeat). */
export interface QueryResult {
  columns: ResultColumn[];
  rows: unknown[][];
}

interface ArrowVector {
  get(i: number): unknown;
}

/** What both the Arrow Table and a RecordBatch offer. */
export interface ArrowColumns {
  readonly numRows: number;
  readonly schema: { fields: { name: string; type: unknown }[] };
  getChildAt(i: number): ArrowVector | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Arrow values as JSON-like values: dates and times as ISO text, lists as arrays, structs as objects. */
export function plainCell(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type.startsWith('Date') && typeof value === 'number') return isoDate(value);
  if (type.startsWith('Timestamp') && typeof value === 'number') return `${isoDate(value)} ${isoTime(value)}`;
  if (type.startsWith('Time') && typeof value === 'bigint') return isoTime(Number(value) / 1000);
  if (value instanceof Uint8Array && type === 'Binary') return [...value].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
  if (typeof value === 'object' && 'toJSON' in value && typeof value.toJSON === 'function') {
    return JSON.parse(JSON.stringify(value.toJSON(), (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)));
  }
  return toPlain(value);
}

/** Arrow batches (or one table) to a console result; `fields` serves when there are no batches. */
export function toQueryResult(fields: ArrowColumns['schema']['fields'], batches: readonly ArrowColumns[]): QueryResult {
  const columns = fields.map((f) => ({ name: f.name, type: String(f.type) }));
  const rows: unknown[][] = [];
  for (const batch of batches) {
    const vectors = columns.map((_, i) => batch.getChildAt(i));
    for (let r = 0; r < batch.numRows; r++) {
      rows.push(columns.map((c, i) => plainCell(vectors[i]?.get(r), c.type)));
    }
  }
  return { columns, rows };
}
