import type { AgencyKind } from '../../domain/index.ts';
import { AGENCY_KINDS, pinyinRanks } from '../../domain/index.ts';
import type { CoverageAgency, CoverageCell, CoverageTotal } from '../../queries/index.ts';

/** Agencies a page of the matrix shows. */
export const COVERAGE_PAGE = 100;

export interface CoverageGroup {
  kind: AgencyKind;
  agencies: CoverageAgency[];
}

// The matrix and the agency picker group the same query result: sorted once.
const grouped = new WeakMap<readonly CoverageAgency[], CoverageGroup[]>();

/** The matrix's rows: agencies grouped by kind (in AGENCY_KINDS order), names in pinyin order, then by id. */
export function coverageGroups(agencies: readonly CoverageAgency[]): CoverageGroup[] {
  const known = grouped.get(agencies);
  if (known) return known;
  // Ranks are kept across calls: a province's 10,000 names sort as numbers once they have been ranked.
  const pinyin = pinyinRanks(agencies.map((a) => a.name));
  const rank = (a: CoverageAgency) => pinyin.get(a.name) ?? 0;
  const groups = AGENCY_KINDS.map((kind) => ({
    kind,
    agencies: agencies.filter((a) => a.kind === kind).sort((a, b) => rank(a) - rank(b) || a.agencyId.localeCompare(b.agencyId)),
  })).filter((g) => g.agencies.length > 0);
  grouped.set(agencies, groups);
  return groups;
}

/** The cells of each agency, in year order. */
export function cellsByAgency(cells: readonly CoverageCell[]): Map<string, CoverageCell[]> {
  const out = new Map<string, CoverageCell[]>();
  for (const c of cells) {
    const row = out.get(c.agencyId);
    if (row) row.push(c);
    else out.set(c.agencyId, [c]);
  }
  for (const row of out.values()) row.sort((a, b) => a.year - b.year);
  return out;
}

/** The agencies of a page with their groups, in page order: a group shows once, with the agencies it has on the page. */
export function pageGroups(groups: readonly CoverageGroup[], page: ReadonlySet<string>): CoverageGroup[] {
  return groups.flatMap((g) => {
    const agencies = g.agencies.filter((a) => page.has(a.agencyId));
    return agencies.length ? [{ kind: g.kind, agencies }] : [];
  });
}

/** Agency-years without a report, over every kind. */
export const missingReports = (kinds: readonly CoverageTotal[]): number => kinds.reduce((n, k) => n + k.expected - k.published, 0);
