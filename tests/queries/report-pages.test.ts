import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import {
  agencyDatasetYearsSql,
  agencyReportsSql,
  reportCellsQuery,
  reportCellsSql,
  reportFindingsQuery,
  reportFindingsSql,
  reportListQuery,
  reportListSql,
  reportMetaQuery,
  reportMetaSql,
} from '../../src/queries/index.ts';
import { fixtureReportDb, P } from './fixture-report-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureReportDb();
});

const client = () => new QueryClient();

describe('reportMetaQuery', () => {
  it('reads metadata, per-table templates, narrative, extra rows and ambiguous cells', async () => {
    const m = await client().fetchQuery(reportMetaQuery(db, `${P}/丁镇|2021`));
    expect(m).toMatchObject({
      agencyName: '丁镇',
      kind: 'township',
      year: 2021,
      template: 'v2021',
      tables: { t2: 'v2021', t3: 'v2021', t4: 'v2021' },
      title: '丁镇2021年政府信息公开工作年度报告',
      publishDate: '2022-01-31',
      sourceFile: 'd2021.pdf',
      dataset: 'rpt',
      ambiguous: { 't3.received_new.total': [3, 30] },
      extraRows: [{ table: 't2', label: '行政检查', raw: ['7'], values: [7] }],
      unreadable: [],
    });
    // Markup stays text: the page renders it escaped.
    expect(m?.narrative['一']).toBe('<b>共收到申请1件</b>');
  });

  it('records an unreadable JSON column instead of guessing, and keeps mixed templates per table', async () => {
    const c = await client().fetchQuery(reportMetaQuery(db, `${P}/丙局|2022`));
    expect(c?.unreadable).toEqual(['narrative_json']);
    expect(c?.narrative).toEqual({});
    const a = await client().fetchQuery(reportMetaQuery(db, `${P}/甲局|2022`));
    expect(a?.tables).toEqual({ t2: 'v2019', t3: 'v2021', t4: 'v2021' });
  });

  it('returns null for an unknown report and binds the id', async () => {
    expect(await client().fetchQuery(reportMetaQuery(db, 'nope'))).toBeNull();
    expect(reportMetaSql("'; DROP TABLE reports; --").params).toEqual(["'; DROP TABLE reports; --"]);
  });
});

describe('reportCellsQuery', () => {
  it('keeps blank and ambiguous cells null with their raw text, and money with its unit', async () => {
    const cells = await client().fetchQuery(reportCellsQuery(db, `${P}/丁镇|2021`));
    expect(Object.keys(cells)).toHaveLength(6);
    expect(cells['t3.received_new.total']).toEqual({ key: 't3.received_new.total', value: null, raw: '330', unit: null });
    expect(cells['t2.admin_fees.amount_wan_yuan']).toEqual({ key: 't2.admin_fees.amount_wan_yuan', value: 1.5, raw: '15000元', unit: '元' });
    const a = await client().fetchQuery(reportCellsQuery(db, `${P}/甲局|2023`));
    expect(a['t3.granted.total']).toMatchObject({ value: null, raw: '—' });
  });
});

describe('reportFindingsQuery', () => {
  it('lists a report’s findings errors first, with their cells', async () => {
    const f = await client().fetchQuery(reportFindingsQuery(db, `${P}/甲局|2022`));
    expect(f.map((x) => [x.rule, x.severity, x.cells, x.expected, x.actual, x.relatedReportId])).toEqual([
      ['R3.1', 'error', ['t3.received_new.total', 't3.processed_total.total'], 10, 12, null],
      ['X1', 'warning', ['t3.carried_over_in.total'], 1, 0, `${P}/甲局|2020`],
    ]);
    expect(f[0]?.messageZh).toBe('收结不平衡');
    expect(await client().fetchQuery(reportFindingsQuery(db, `${P}/乙局|2021`))).toEqual([]);
  });
});

describe('reportListQuery', () => {
  it('lists the selection’s reports by agency and year', async () => {
    const rows = await client().fetchQuery(reportListQuery(db, { dataset: 'rpt', years: [2022], kinds: [] }));
    expect(rows.map((r) => [r.agencyName, r.year])).toEqual([
      ['丙局', 2022],
      ['乙局', 2022],
      ['甲局', 2022],
    ]);
  });
});

describe('report page SQL', () => {
  it('every query plans under EXPLAIN with its values bound', async () => {
    const id = `${P}/甲局|2022`;
    const queries = [
      reportMetaSql(id),
      reportCellsSql(id),
      reportFindingsSql(id),
      reportListSql({ dataset: 'rpt', years: [2022], kinds: ['department'] }),
      agencyReportsSql(`${P}/甲局`),
      agencyDatasetYearsSql(`${P}/甲局`),
    ];
    for (const q of queries) {
      expect(q.text).not.toContain('甲局');
      await expect(db.query({ text: `EXPLAIN ${q.text}`, params: q.params })).resolves.not.toHaveLength(0);
    }
  });
});
