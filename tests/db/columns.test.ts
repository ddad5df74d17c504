import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import type { ArrowColumn } from '../../src/db/columns.ts';
import { columnValues } from '../../src/db/columns.ts';
import { toPlain } from '../../src/db/settings.ts';

let db: Connector;
beforeAll(async () => {
  db = await createNodeConnector();
});

/** Each column of a query's Arrow result, read from its buffers and through Arrow's own iterator. */
async function both(text: string) {
  const table = tableFromIPC(await db.queryIpc({ text, params: [] }));
  return table.schema.fields.map((f, i) => {
    const column = table.getChildAt(i) as unknown as ArrowColumn;
    return { name: f.name, fast: columnValues(column, toPlain), slow: Array.from(column, (v) => toPlain(v ?? null)), chunks: column.data?.length };
  });
}

describe('columnValues(column, plain)', () => {
  it('reads strings of every width, empty strings and nulls as Arrow does', async () => {
    const cols = await both(`
      SELECT * FROM (VALUES ('城关镇人民政府', 1), ('', 2), (NULL, 3), ('a😀b', 4), ('é', 5), ('𠀀字', 6)) t(s, n)`);
    expect(cols[0]?.fast).toEqual(['城关镇人民政府', '', null, 'a😀b', 'é', '𠀀字']);
    for (const c of cols) expect(c.fast, c.name).toEqual(c.slow);
  });

  it('reads integers, BIGINT, HUGEINT, floats, booleans, dates and lists with nulls, over many record batches', async () => {
    const cols = await both(`
      SELECT i::INTEGER AS i32, (i % 100)::TINYINT AS i8, (i * 1000000000)::BIGINT AS i64, i::HUGEINT AS i128,
             CASE WHEN i % 7 = 0 THEN NULL ELSE i / 3 END AS f, i % 2 = 0 AS b, DATE '2020-01-01' + i::INTEGER AS d,
             [i, i + 1] AS l, CASE WHEN i % 5 = 0 THEN NULL ELSE '机关' || i END AS s, 'x' || repeat('字', (i % 4)::INTEGER) AS t
      FROM range(5000) r(i)`);
    expect(cols[0]?.chunks).toBeGreaterThan(1);
    for (const c of cols) expect(c.fast, c.name).toEqual(c.slow);
    expect(cols.find((c) => c.name === 's')?.fast.slice(0, 3)).toEqual([null, '机关1', '机关2']);
  });

  it('gives the rows of a query through the connector in the same shape', async () => {
    const rows = await db.query(sql`SELECT x, y FROM (VALUES ('甲', 1.5), (NULL, NULL)) t(x, y)`);
    expect(rows).toEqual([{ x: '甲', y: 1.5 }, { x: null, y: null }]);
  });
});
