import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/index.ts';
import { createNodeConnector } from '../../../src/db/node.ts';
import { extraRowsSql, reportFilters } from '../../../src/features/report/report-export.ts';
import type { ReportMeta } from '../../../src/queries/index.ts';

let db: Connector;
beforeAll(async () => {
  db = await createNodeConnector();
});

describe('report exports', () => {
  it('reportFilters selects exactly the report: its dataset, year, kind and agency', () => {
    const meta = { dataset: 'demo', year: 2023, kind: 'township', agencyId: '省/市/县/甲镇' } as ReportMeta;
    expect(reportFilters(meta)).toEqual({ dataset: 'demo', years: [2023], kinds: ['township'], agencies: ['省/市/县/甲镇'] });
  });

  it('extraRowsSql lists added rows with their cells as found and as read', async () => {
    const rows = await db.query(extraRowsSql([{ table: 't2', label: '行政检查', raw: ['7', '—'], values: [7, null] }]));
    expect(rows).toEqual([{ tbl: 't2', label: '行政检查', raw: '7 | —', values: '7 | ' }]);
  });
});
