import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { agencyReportsSql, agencyYearsQuery, answerOf, missingYears } from '../../src/queries/index.ts';
import { fixtureReportDb, P } from './fixture-report-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureReportDb();
});

const run = (id: string) => answerOf(new QueryClient(), agencyYearsQuery(db, id));

describe('agencyYearsQuery', () => {
  it('lists every report of the agency by year with its template and findings count', async () => {
    const a = await run(`${P}/甲局`);
    expect(a.agency).toEqual({ agencyId: `${P}/甲局`, name: '甲局', kind: 'department', county: '测试县' });
    expect(a.reports.map((r) => [r.year, r.template, r.t2Template, r.t3Template, r.findings, r.errors, r.publishDate])).toEqual([
      [2020, 'v2019', 'v2019', 'v2019', 0, 0, '2021-01-20'],
      [2022, 'mixed', 'v2019', 'v2021', 2, 1, '2023-01-15'],
      [2023, 'v2021', 'v2021', 'v2021', 0, 0, null],
    ]);
    expect(a.datasetYears).toEqual([2020, 2021, 2022, 2023]);
  });

  it('returns no agency for an unknown id, and binds the id', async () => {
    const a = await run("x' OR 1=1 --");
    expect(a).toEqual({ agency: null, reports: [], datasetYears: [] });
    expect(agencyReportsSql("x' OR 1=1 --").text).not.toContain('OR 1=1');
  });
});

describe('missingYears', () => {
  it('missingYears(reportYears, datasetYears) finds gaps inside the span and dataset years outside it', () => {
    expect(missingYears([2020, 2022, 2023], [2020, 2021, 2022, 2023])).toEqual({ gaps: [2021], outside: [] });
    expect(missingYears([2021, 2022], [2020, 2021, 2022, 2023])).toEqual({ gaps: [], outside: [2020, 2023] });
    expect(missingYears([], [2020])).toEqual({ gaps: [], outside: [2020] });
  });
});
