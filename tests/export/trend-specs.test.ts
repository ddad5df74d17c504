import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { everyAgencyBatch, everyIndicatorBatch, trendOption, trendSpec } from '../../src/export/trend-specs.ts';
import { rowsSqlOf } from '../../src/export/briefing.ts';
import { INDICATORS } from '../../src/indicators/index.ts';
import { agencyTableSql } from '../../src/queries/index.ts';
import { fixtureDb } from '../queries/fixture-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureDb();
});

const all = { dataset: 'test', years: [], kinds: [] };
type Obj = Record<string, unknown>;

describe('trendSpec(db, filters, id, lang)', () => {
  it('draws the indicator’s value by year from the rows it exports', async () => {
    const spec = await trendSpec(db, all, 'disclosure_rate', 'zh');
    expect(spec.title).toBe('公开率历年走势');
    expect(spec.subject).toBe('公开率');
    const rows = await db.query(rowsSqlOf(spec));
    const source = ((spec.option as Obj).dataset as { source: Obj[] }).source;
    expect(source.map((r) => [r.year, r.value])).toEqual(rows.map((r) => [String(r.year), r.value]));
  });

  it('trendOption draws a missing value as a gap, never 0', () => {
    const source = ((trendOption([{ year: 2020, value: null }, { year: 2021, value: 3 }], 'received_new', 'en') as Obj).dataset as { source: Obj[] }).source;
    expect(source).toEqual([{ year: '2020', value: null }, { year: '2021', value: 3 }]);
  });
});

describe('batches', () => {
  it('everyAgencyBatch: one trend per agency of the selection, titled with its name and filtered to it', async () => {
    const batch = everyAgencyBatch(db, all, 'received_new', 'zh');
    expect(batch.name).toBe('新收申请_各机关');
    const items = await batch.items();
    const agencies = await db.query(agencyTableSql(all));
    expect(items.map((i) => i.spec.filters.agencies)).toEqual(agencies.map((a) => [a.agency_id]));
    expect(items[0]?.spec.title).toBe(`${String(agencies[0]?.agency_name)} 新收申请历年走势`);
  });

  it('everyIndicatorBatch: one trend per indicator of the library', async () => {
    const batch = everyIndicatorBatch(db, all, '甲镇人民政府', 'zh');
    expect(batch.name).toBe('甲镇人民政府_全部指标');
    expect((await batch.items()).map((i) => i.spec.indicators?.[0])).toEqual(INDICATORS.map((d) => d.id));
  });
});
