import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { indicatorRowsSql, reportTableSql, rowsWhere, valuesSql } from '../../src/export/rows.ts';
import { indicatorByGroupSql } from '../../src/queries/index.ts';
import { fixtureDb } from '../queries/fixture-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureDb();
});

const all = { dataset: 'test', years: [], kinds: [] };

describe('indicatorRowsSql(filters, ids, grouping, lang)', () => {
  it('puts each indicator’s grouped figures under one another, in the given order, named and with their value', async () => {
    const rows = await db.query(indicatorRowsSql(all, ['disclosure_rate', 'received_new'], 'year', 'zh'));
    const rate = await db.query(indicatorByGroupSql(all, 'disclosure_rate', 'year'));
    const count = await db.query(indicatorByGroupSql(all, 'received_new', 'year'));
    expect(Object.keys(rows[0] ?? {})).toEqual(['indicator', 'indicator_name', 'year', 'numerator', 'denominator', 'reports', 'reports_without_figure', 'value']);
    expect(rows.map((r) => [r.indicator, r.year])).toEqual([
      ...rate.map((r) => ['disclosure_rate', r.year]),
      ...count.map((r) => ['received_new', r.year]),
    ]);
    const first = rows[0] as { numerator: number; denominator: number; value: number };
    expect(rows[0]?.indicator_name).toBe('公开率');
    expect(first.value).toBeCloseTo(first.numerator / first.denominator, 12);
    expect(rows.find((r) => r.indicator === 'received_new')?.value).toBe(count[0]?.numerator);
  });

  it('names indicators in English when asked, and orders agency groupings by agency then year', async () => {
    const rows = await db.query(indicatorRowsSql(all, ['received_new'], 'agency_year', 'en'));
    expect(rows[0]?.indicator_name).toBe('New requests');
    const keys = rows.map((r) => `${String(r.agency_id)}|${String(r.year)}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('rowsWhere(query, column, value, orderBy)', () => {
  it('keeps the rows with the value, in the stated order', async () => {
    const q = sql`SELECT * FROM (VALUES (2, 'a'), (1, 'b'), (3, 'a')) t(n, g)`;
    expect(await db.query(rowsWhere(q, 'g', 'a', ['n']))).toEqual([
      { n: 2, g: 'a' },
      { n: 3, g: 'a' },
    ]);
  });
});

describe('valuesSql(columns, rows)', () => {
  const columns = [
    { name: 'name', type: 'VARCHAR' },
    { name: 'share', type: 'DOUBLE' },
    { name: 'n', type: 'BIGINT' },
    { name: 'ok', type: 'BOOLEAN' },
  ] as const;

  it('returns browser-computed rows in their order with their types, nulls kept', async () => {
    const rows = await db.query(valuesSql(columns, [['乙', 0.25, 3, true], ['甲', null, null, false]]));
    expect(rows).toEqual([
      { name: '乙', share: 0.25, n: 3, ok: true },
      { name: '甲', share: null, n: null, ok: false },
    ]);
  });

  it('binds every value, so quotes in a name stay data', async () => {
    const q = valuesSql(columns, [["x'); DROP TABLE cells; --", 1, 1, true]]);
    expect(q.text).not.toContain('DROP');
    expect((await db.query(q))[0]?.name).toBe("x'); DROP TABLE cells; --");
  });

  it('gives the columns and no rows for an empty list', async () => {
    const q = valuesSql(columns, []);
    expect(await db.query(q)).toEqual([]);
    const described = await db.query({ text: `DESCRIBE ${q.text}`, params: q.params });
    expect(described.map((r) => [r.column_name, r.column_type])).toEqual([
      ['name', 'VARCHAR'],
      ['share', 'DOUBLE'],
      ['n', 'BIGINT'],
      ['ok', 'BOOLEAN'],
    ]);
  });
});

describe('reportTableSql(reportId, table, template)', () => {
  it('lists the cells of one table with the template’s labels, in the official order', async () => {
    const [report] = await db.query(sql`SELECT report_id, t3_template FROM reports WHERE t3_template = 'v2021' ORDER BY report_id LIMIT 1`);
    const rows = await db.query(reportTableSql(String(report?.report_id), 't3', String(report?.t3_template)));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => String(r.key).startsWith('t3.'))).toBe(true);
    const received = rows.find((r) => r.key === 't3.received_new.total');
    expect(received?.row_label).toContain('本年新收政府信息公开申请数量');
    expect(Object.keys(rows[0] ?? {})).toEqual(['caption', 'row_label', 'col_label', 'key', 'value', 'raw', 'unit']);
    const ord = new Map((await db.query(sql`SELECT key, ord FROM cell_keys WHERE template = 'v2021'`)).map((r) => [r.key, Number(r.ord)]));
    const order = rows.map((r) => ord.get(r.key) ?? Infinity);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
