import { describe, expect, it } from 'vitest';
import { cellsByAgency, coverageGroups, missingReports, pageGroups } from '../../../src/features/quality/coverage-rows.ts';
import type { CoverageAgency, CoverageCell } from '../../../src/queries/index.ts';
import { compareNames } from '../../../src/ui/format.ts';

const agency = (agencyId: string, name: string, kind: CoverageAgency['kind']): CoverageAgency => ({ agencyId, name, kind, city: null, county: null });
const agencies = [
  agency('d/西河局', '西河局', 'department'),
  agency('t/城关镇', '城关镇', 'township'),
  agency('j/全县', '全县', 'jurisdiction'),
  agency('t/白沙镇', '白沙镇', 'township'),
  agency('d/安平局2', '安平局', 'department'),
  agency('d/安平局1', '安平局', 'department'),
  agency('s/东风街道', '东风街道', 'street'),
];

describe('coverageGroups(agencies)', () => {
  it('groups by kind in AGENCY_KINDS order, names in pinyin order, equal names by id', () => {
    const groups = coverageGroups(agencies);
    expect(groups.map((g) => [g.kind, g.agencies.map((a) => a.agencyId)])).toEqual([
      ['township', ['t/白沙镇', 't/城关镇']],
      ['street', ['s/东风街道']],
      ['department', ['d/安平局1', 'd/安平局2', 'd/西河局']],
      ['jurisdiction', ['j/全县']],
    ]);
    const names = ['西河局', '城关镇', '白沙镇', '安平局', '东风街道', '全县'];
    const byCollator = [...names].sort(compareNames);
    const ranked = coverageGroups(names.map((n) => agency(n, n, 'township')))[0]?.agencies.map((a) => a.name);
    expect(ranked).toEqual(byCollator);
  });
});

describe('pageGroups(groups, page)', () => {
  it('keeps the groups of the page’s agencies, in order, each with its agencies on the page', () => {
    const page = new Set(['t/城关镇', 's/东风街道', 'd/安平局1']);
    expect(pageGroups(coverageGroups(agencies), page).map((g) => [g.kind, g.agencies.map((a) => a.agencyId)])).toEqual([
      ['township', ['t/城关镇']],
      ['street', ['s/东风街道']],
      ['department', ['d/安平局1']],
    ]);
  });
});

describe('cellsByAgency(cells) and missingReports(kinds)', () => {
  const cell = (agencyId: string, year: number, reportId: string | null): CoverageCell => ({
    agencyId, agencyName: agencyId, kind: 'township', city: null, county: null, year, reportId, template: reportId ? 'v2019' : null, errors: 0, warnings: 0, findings: 0,
  });

  it('puts each agency’s cells in year order', () => {
    const rows = cellsByAgency([cell('a', 2021, 'a|2021'), cell('b', 2019, null), cell('a', 2019, null), cell('a', 2020, 'a|2020')]);
    expect(rows.get('a')?.map((c) => c.year)).toEqual([2019, 2020, 2021]);
    expect(rows.get('b')?.map((c) => c.reportId)).toEqual([null]);
  });

  it('adds up the reports due and not published over the kinds', () => {
    const total = (kind: CoverageAgency['kind'], expected: number, published: number) => ({ kind, agencies: 1, expected, published, errors: 0, warnings: 0 });
    expect(missingReports([total('township', 14, 12), total('street', 7, 6)])).toBe(3);
    expect(missingReports([])).toBe(0);
  });
});
