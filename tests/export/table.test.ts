import { readFileSync } from 'node:fs';
import * as pqNode from 'parquet-wasm/node';
import { initSync, Table as PqTable, writeParquet } from 'parquet-wasm/esm';
import { readSheet } from 'read-excel-file/node';
import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Row } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { exportParquet } from '../../src/export/parquet.ts';
import { exportCsv, exportXlsx } from '../../src/export/table.ts';
import { fixtureDb } from '../queries/fixture-db.ts';

let db: Connector;
let rows: Row[];
// A query with a bound parameter, Chinese text, a comma and a quote to quote, and NULLs.
const query = sql`
  SELECT agency_name || CASE WHEN year = 2021 THEN '，"新"' ELSE '' END AS agency, year, received_new, granted,
         granted / nullif(processed_total, 0) AS rate
  FROM report_summary WHERE dataset = ${'test'} ORDER BY agency_id, year`;

beforeAll(async () => {
  db = await fixtureDb();
  rows = await db.query(query);
  initSync({ module: readFileSync('node_modules/parquet-wasm/esm/parquet_wasm_bg.wasm') });
});

/** A small RFC 4180 reader for the test only: the export itself never parses or writes CSV by hand. */
function readCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), out.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  return out;
}

const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

describe('exportCsv(db, query)', () => {
  it('writes DuckDB’s CSV with a UTF-8 BOM and reads back to the same rows', async () => {
    const bytes = await exportCsv(db, query);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...body] = readCsv(new TextDecoder().decode(bytes.subarray(3)));
    expect(header).toEqual(Object.keys(rows[0] ?? {}));
    // DuckDB writes DOUBLE 12 as "12.0": compare numbers as numbers, text and NULL as text.
    const numeric = (header ?? []).map((h) => rows.some((r) => typeof r[h] === 'number'));
    const typed = body.map((cells) => cells.map((c, i) => (numeric[i] && c !== '' ? Number(c) : c)));
    expect(typed).toEqual(rows.map((r) => Object.values(r).map((v) => (typeof v === 'number' ? v : asText(v)))));
    expect(body.some((r) => r[0]?.includes('，"新"'))).toBe(true);
  });

  it('writes a query that ends in a line comment (console SQL) without losing the closing parenthesis', async () => {
    const bytes = await exportCsv(db, { text: 'SELECT 1 AS n -- the last line', params: [] });
    expect(new TextDecoder().decode(bytes.subarray(3)).trim().split('\n')).toEqual(['n', '1']);
  });
});

describe('exportXlsx(rows)', () => {
  it('reads back (read-excel-file) to the same header and typed rows', async () => {
    const blob = await exportXlsx(rows);
    const data = await readSheet(Buffer.from(await blob.arrayBuffer()));
    const [header, ...body] = data;
    expect(header).toEqual(Object.keys(rows[0] ?? {}));
    expect(body).toEqual(rows.map((r) => Object.values(r).map((v) => v ?? null)));
  });
});

describe('exportParquet(parquet-wasm, rows)', () => {
  it('reads back through parquet-wasm’s Node build to the same rows', () => {
    const bytes = exportParquet({ Table: PqTable, writeParquet }, rows);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('PAR1');
    const table = tableFromIPC(pqNode.readParquet(bytes).intoIPCStream());
    const back = table.toArray().map((r) => r.toJSON());
    expect(back).toEqual(rows);
  });
});

describe('rowsToIpc(rows)', () => {
  it('keeps booleans, NULLs and all-NULL columns through Parquet', () => {
    const mixed = [
      { name: '甲', ok: true, n: null, none: null },
      { name: null, ok: null, n: 2.5, none: null },
      { name: '乙', ok: false, n: -1, none: null },
    ];
    const bytes = exportParquet({ Table: PqTable, writeParquet }, mixed);
    const back = tableFromIPC(pqNode.readParquet(bytes).intoIPCStream()).toArray().map((r) => r.toJSON());
    expect(back).toEqual(mixed);
  });
});
