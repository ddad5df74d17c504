import type { AgencyKind } from '../../domain/index.ts';
import { AGENCY_KINDS } from '../../domain/index.ts';
import type { CoverageCell } from '../../queries/index.ts';

export interface CoverageAgency {
  agencyId: string;
  name: string;
  /** One cell per year of `years`, in order. */
  cells: CoverageCell[];
}

export interface CoverageGroup {
  kind: AgencyKind;
  agencies: CoverageAgency[];
}

export interface Coverage {
  years: number[];
  groups: CoverageGroup[];
  missing: number;
}

/** Rows of the coverage matrix: agencies grouped by kind (in AGENCY_KINDS order), names sorted by `compare`. */
export function coverageRows(cells: readonly CoverageCell[], compare: (a: string, b: string) => number): Coverage {
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const byAgency = new Map<string, { kind: AgencyKind; agency: CoverageAgency }>();
  for (const c of cells) {
    let entry = byAgency.get(c.agencyId);
    if (!entry) {
      entry = { kind: c.kind, agency: { agencyId: c.agencyId, name: c.agencyName, cells: [] } };
      byAgency.set(c.agencyId, entry);
    }
    entry.agency.cells.push(c);
  }
  const groups = AGENCY_KINDS.map((kind) => ({
    kind,
    agencies: [...byAgency.values()]
      .filter((e) => e.kind === kind)
      .map((e) => ({ ...e.agency, cells: [...e.agency.cells].sort((a, b) => a.year - b.year) }))
      .sort((a, b) => compare(a.name, b.name) || a.agencyId.localeCompare(b.agencyId)),
  })).filter((g) => g.agencies.length > 0);
  return { years, groups, missing: cells.filter((c) => c.reportId === null).length };
}
