import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { ident, inList, sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';

let db: Connector;
beforeAll(async () => {
  db = await createNodeConnector();
});

const matching = async (values: readonly (string | number)[], column = 'y') =>
  (await db.query(sql`SELECT y FROM range(2015, 2030) t(y) WHERE ${inList(ident(column), values)} ORDER BY y`)).map((r) => Number(r.y));

describe('inList(column, values)', () => {
  it('keeps one SQL text for any list of up to 8 values, so a selection that grows reuses its prepared statement', () => {
    const texts = new Set([1, 2, 3, 5, 8].map((n) => inList(ident('year'), Array.from({ length: n }, (_, i) => 2019 + i)).sql.text));
    expect(texts.size).toBe(1);
    expect(inList(ident('year'), Array.from({ length: 9 }, (_, i) => i)).sql.params).toHaveLength(16);
    expect(inList(ident('year'), []).sql.text).toBe('TRUE');
  });

  it('matches exactly the values given, numbers as numbers and anything else as text', async () => {
    expect(await matching([2019])).toEqual([2019]);
    expect(await matching([2025, 2019, 2021])).toEqual([2019, 2021, 2025]);
    expect(await matching(Array.from({ length: 11 }, (_, i) => 2016 + i))).toEqual(Array.from({ length: 11 }, (_, i) => 2016 + i));
    expect(await matching(['2020', '2022'])).toEqual([2020, 2022]);
    expect(await matching([])).toHaveLength(15);
  });
});
