import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/domain/index.ts';
import { generateCounty } from '../../src/generate/index.ts';
import { numberVector, r31, r32, r33, r4, x1 } from './consistency.ts';

const demo = generateCounty();
const planted = new Set(demo.planted.map((p) => p.reportId));
const idOf = (r: ReportRecord): string => `${r.agency.id}|${r.year}`;
const clean = demo.reports.filter((r) => !planted.has(idOf(r)));
const byId = new Map(demo.reports.map((r) => [idOf(r), r]));
const prevOf = (r: ReportRecord): ReportRecord | undefined => byId.get(`${r.agency.id}|${r.year - 1}`);
const value = (r: ReportRecord, key: string): number => r.cells[key]?.value ?? 0;
const defects = (rule: string) => demo.planted.filter((p) => p.rule === rule);
const reportOf = (id: string): ReportRecord => {
  const r = byId.get(id);
  if (!r) throw new Error(`no report ${id}`);
  return r;
};

describe('generateCounty() agencies and templates', () => {
  it('has 15 townships and streets, 25 departments, one government office and one jurisdiction', () => {
    const count = (kinds: string[]) => demo.agencies.filter((a) => kinds.includes(a.kind)).length;
    expect(count(['township', 'street'])).toBe(15);
    expect(count(['street'])).toBeGreaterThan(0);
    expect(count(['department'])).toBe(25);
    expect(count(['government_office'])).toBe(1);
    expect(count(['jurisdiction'])).toBe(1);
    expect(demo.agencies.find((a) => a.kind === 'government_office')?.name).toBe('样例县人民政府办公室');
    expect(demo.agencies.find((a) => a.kind === 'jurisdiction')?.name).toBe('样例县');
    expect(new Set(demo.agencies.map((a) => a.id)).size).toBe(demo.agencies.length);
  });

  it('uses v2019 for 2019–2020 and v2021 after, but for a few agencies stuck on v2019 and one mixed report', () => {
    for (const r of demo.reports.filter((r) => r.year <= 2020)) expect(r.template).toBe('v2019');
    const late = demo.reports.filter((r) => r.year >= 2021 && r.template !== 'v2021');
    const stuck = new Set(late.filter((r) => r.template === 'v2019').map((r) => r.agency.id));
    expect(stuck.size).toBeGreaterThanOrEqual(2);
    expect(stuck.size).toBeLessThanOrEqual(3);
    const mixed = late.filter((r) => r.template === 'mixed');
    expect(mixed).toHaveLength(1);
    expect(mixed[0]?.tables).toEqual({ t2: 'v2019', t3: 'v2021', t4: 'v2021' });
    expect(late.every((r) => r.year <= 2022)).toBe(true);
  });

  it('has one agency that adds its own rows to section 二, outside the keys', () => {
    const withExtras = demo.reports.filter((r) => r.extraRows.length > 0);
    expect(new Set(withExtras.map((r) => r.agency.name))).toEqual(new Set(['样例县农业农村局']));
    for (const r of withExtras) {
      expect(r.extraRows.map((x) => x.label)).toEqual(['行政检查', '行政确认']);
      for (const x of r.extraRows) expect(x.values).toHaveLength(r.tables.t2 === 'v2019' ? 3 : 1);
    }
  });

  it('writes demo metadata: dataset, title with agency and year, publish date in January of the next year', () => {
    for (const r of demo.reports) {
      expect(r.dataset).toBe('demo');
      expect(r.title).toBe(`${r.agency.name}${r.year}年政府信息公开工作年度报告`);
      expect(r.publishDate).toMatch(new RegExp(`^${r.year + 1}-01-(1\\d|2\\d|3[01])$`));
      expect(Object.values(r.cells).every((c) => c.source === undefined)).toBe(true);
    }
  });
});

describe('generateCounty() consistency', () => {
  it('R3.1, R3.2, R3.3 and R4 hold on every report without a planted defect', () => {
    for (const r of clean) {
      expect([idOf(r), r31(r), r32(r), r33(r), r4(r)]).toEqual([idOf(r), [], [], [], []]);
    }
  });

  it('X1 carry-over holds between consecutive years except where planted', () => {
    const x1Planted = new Set(defects('X1').map((p) => p.reportId));
    let pairs = 0;
    for (const r of demo.reports.filter((r) => !x1Planted.has(idOf(r)))) {
      const prev = prevOf(r);
      if (!prev) continue;
      pairs += 1;
      expect([idOf(r), x1(prev, r)]).toEqual([idOf(r), []]);
    }
    expect(pairs).toBeGreaterThan(200);
  });

  it('X2 (v2021 stock of 规范性文件) and X3 (v2019 item counts) roll forward', () => {
    for (const r of demo.reports) {
      const prev = prevOf(r);
      if (!prev) continue;
      if (r.tables.t2 === 'v2021' && prev.tables.t2 === 'v2021') {
        for (const row of ['regulations', 'normative_docs']) {
          const expected = value(prev, `t2.${row}.in_force`) + value(r, `t2.${row}.issued`) - value(r, `t2.${row}.repealed`);
          expect([idOf(r), row, value(r, `t2.${row}.in_force`)]).toEqual([idOf(r), row, expected]);
        }
      }
      if (r.tables.t2 === 'v2019' && prev.tables.t2 === 'v2019') {
        for (const row of ['licensing', 'other_mgmt_services', 'penalty', 'coercion', 'admin_fees']) {
          const expected = value(prev, `t2.${row}.prev_year_items`) + value(prev, `t2.${row}.yoy_change`);
          expect([idOf(r), row, value(r, `t2.${row}.prev_year_items`)]).toEqual([idOf(r), row, expected]);
        }
      }
    }
  });

  it('keeps money in 万元 with the unit as written, and signed 本年增/减 as printed', () => {
    const money = demo.reports.flatMap((r) => Object.entries(r.cells).filter(([k, c]) => k.endsWith('amount_wan_yuan') && c.value !== null).map(([, c]) => c));
    expect(new Set(money.map((c) => c.unit))).toEqual(new Set(['元', '万元', 'unknown']));
    for (const c of money.filter((c) => c.unit === '元')) expect(c.raw).toBe(`${Math.round((c.value ?? 0) * 10000)}元`);
    const signs = demo.reports.flatMap((r) => Object.entries(r.cells).filter(([k]) => k.endsWith('yoy_change')).map(([, c]) => c.raw));
    expect(signs.some((s) => s.startsWith('-'))).toBe(true);
    expect(signs.some((s) => s.startsWith('+'))).toBe(true);
  });

  it('quotes the table figures in narrative section 一, except the planted N1', () => {
    const n1 = new Set(defects('N1').map((p) => p.reportId));
    for (const r of demo.reports) {
      const quoted = Number(/共收到政府信息公开申请(\d+)件/.exec(r.narrative['一'] ?? '')?.[1]);
      expect(quoted === value(r, 't3.received_new.total')).toBe(!n1.has(idOf(r)));
      expect(r.narrative['一']).toContain(`办结${value(r, 't3.processed_total.total')}件`);
      expect(r.narrative['一']).toContain(`结转下年度继续办理${value(r, 't3.carried_over_out.total')}件`);
      expect(r.narrative['六']).toBeTruthy();
    }
  });
});

describe('generateCounty() scales', () => {
  const outliers = new Set(demo.outliers.map((o) => o.reportId));

  it('townships and streets receive 0–5 requests a year, mostly none', () => {
    const towns = demo.reports.filter((r) => r.agency.kind === 'township' || r.agency.kind === 'street');
    const received = towns.map((r) => value(r, 't3.received_new.total'));
    expect(Math.min(...received)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...received)).toBeLessThanOrEqual(5);
    expect(received.filter((n) => n === 0).length).toBeGreaterThan(towns.length / 3);
  });

  it('departments receive at most 50 requests, except the one outlier spike', () => {
    const depts = demo.reports.filter((r) => r.agency.kind === 'department');
    for (const r of depts.filter((r) => !outliers.has(idOf(r)))) expect(value(r, 't3.received_new.total')).toBeLessThanOrEqual(50);
    expect(demo.outliers).toHaveLength(1);
    expect(value(reportOf(demo.outliers[0]?.reportId ?? ''), 't3.received_new.total')).toBeGreaterThan(100);
  });

  it('natural persons file at least 90% of requests county-wide; corrections are a small share of reviews', () => {
    const agencies = demo.reports.filter((r) => r.agency.kind !== 'jurisdiction');
    const all = agencies.reduce((a, r) => a + value(r, 't3.received_new.total'), 0);
    const natural = agencies.reduce((a, r) => a + value(r, 't3.received_new.natural_person'), 0);
    expect(natural / all).toBeGreaterThanOrEqual(0.9);
    const closed = agencies.reduce((a, r) => a + value(r, 't4.review.total') - value(r, 't4.review.pending'), 0);
    const corrected = agencies.reduce((a, r) => a + value(r, 't4.review.corrected'), 0);
    expect(corrected / closed).toBeLessThan(0.2);
  });

  it('gives 市场监管, 公安 and 自然资源 decisions in the hundreds to thousands; land departments the reviews', () => {
    const of = (name: string) => demo.reports.filter((r) => r.agency.name === `样例县${name}`);
    for (const name of ['市场监督管理局', '公安局', '自然资源局']) {
      for (const r of of(name)) expect(value(r, 't2.licensing.decisions') + value(r, 't2.penalty.decisions')).toBeGreaterThanOrEqual(100);
    }
    const reviews = (names: string[]) => demo.reports.filter((r) => names.some((n) => r.agency.name === `样例县${n}`)).reduce((a, r) => a + value(r, 't4.review.total'), 0);
    expect(reviews(['自然资源局', '住房和城乡建设局'])).toBeGreaterThan(reviews(['教育局', '财政局', '商务局', '审计局']));
  });

  it('makes the county aggregate the sum of its agencies, not of the office twice', () => {
    for (const year of [2019, 2020, 2023]) {
      const whole = reportOf(`示范省/演示市/样例县/样例县|${year}`);
      const parts = demo.reports.filter((r) => r.year === year && r.agency.kind !== 'jurisdiction');
      const office = parts.find((r) => r.agency.kind === 'government_office');
      expect(value(whole, 't3.received_new.total')).toBeGreaterThan(value(office ?? whole, 't3.received_new.total'));
      expect(value(whole, 't3.received_new.total')).toBeGreaterThanOrEqual(20);
      expect(value(whole, 't3.received_new.total')).toBeLessThan(400);
    }
  });
});

describe('generateCounty() planted defects', () => {
  it('plants missing reports, R3.1/R3.2, R3.3, X1, P1, P2, a copy and N1', () => {
    const counts = Object.fromEntries(['M1', 'R3.1', 'R3.2', 'R3.3', 'X1', 'P1', 'P2', 'C1', 'N1'].map((r) => [r, defects(r).length]));
    expect(counts['M1']).toBeGreaterThanOrEqual(2);
    expect((counts['R3.1'] ?? 0) + (counts['R3.2'] ?? 0)).toBeGreaterThanOrEqual(2);
    expect((counts['R3.1'] ?? 0) + (counts['R3.2'] ?? 0)).toBeLessThanOrEqual(4);
    for (const rule of ['R3.3', 'X1', 'P1', 'P2', 'C1', 'N1']) expect([rule, counts[rule]]).toEqual([rule, 1]);
  });

  it('makes every planted defect detectable by its rule', () => {
    for (const p of demo.planted) {
      if (p.rule === 'M1') {
        expect(byId.has(p.reportId)).toBe(false);
        continue;
      }
      const r = reportOf(p.reportId);
      const prev = prevOf(r);
      const found: Record<string, () => boolean> = {
        'R3.1': () => r31(r).length > 0,
        'R3.2': () => r32(r).length > 0,
        'R3.3': () => r33(r).length > 0,
        X1: () => prev !== undefined && x1(prev, r).length > 0,
        P1: () => (r.agency.kind === 'township' || r.agency.kind === 'street') && Object.entries(r.cells).some(([k, c]) => k.startsWith('t2.regulations.') && (c.value ?? 0) !== 0),
        P2: () => {
          const others = demo.reports.filter((o) => o.agency.id === r.agency.id && o !== r && o.tables.t2 === 'v2021');
          return others.every((o) => value(r, p.cells[0] ?? '') >= 1000 * Math.max(value(o, p.cells[0] ?? ''), 0.01));
        },
        C1: () => prev !== undefined && JSON.stringify(numberVector(prev)) === JSON.stringify(numberVector(r)) && p.cells.length >= 20,
        N1: () => !(r.narrative['一'] ?? '').includes(`共收到政府信息公开申请${value(r, 't3.received_new.total')}件`),
      };
      expect([p.rule, p.reportId, found[p.rule]?.()]).toEqual([p.rule, p.reportId, true]);
      for (const key of p.cells) expect(r.cells[key]).toBeDefined();
    }
  });

  it('has no accidental copies, township 规章 or 10⁴ money jumps outside the planted ones', () => {
    for (const r of clean) {
      const prev = prevOf(r);
      const nonZero = numberVector(r).filter((x) => (x ?? 0) !== 0).length;
      if (prev && nonZero >= 10) expect(JSON.stringify(numberVector(prev))).not.toBe(JSON.stringify(numberVector(r)));
      if (r.agency.kind === 'township' || r.agency.kind === 'street') {
        expect(Object.entries(r.cells).filter(([k, c]) => k.startsWith('t2.regulations.') && c.value !== 0)).toEqual([]);
      }
      expect(value(r, 't2.admin_fees.amount_wan_yuan')).toBeLessThan(1000);
    }
  });

  it('is deterministic for a seed and different for another', () => {
    expect(generateCounty({ seed: 7 })).toEqual(generateCounty({ seed: 7 }));
    expect(generateCounty({ seed: 7 }).reports).not.toEqual(generateCounty({ seed: 8 }).reports);
  });

  it('honours the names and the year range it is given', () => {
    const small = generateCounty({ seed: 3, province: '测试省', city: '测试市', county: '测试县', years: [2021, 2022] });
    expect(new Set(small.reports.map((r) => r.year))).toEqual(new Set([2021, 2022]));
    expect(small.agencies.every((a) => a.id.startsWith('测试省/测试市/测试县/'))).toBe(true);
    for (const r of small.reports.filter((r) => !small.planted.some((p) => p.reportId === idOf(r)))) {
      expect([r31(r), r32(r), r33(r), r4(r)]).toEqual([[], [], [], []]);
    }
  });
});
