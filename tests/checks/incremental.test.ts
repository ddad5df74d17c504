import { describe, expect, it } from 'vitest';
import { checkAll } from '../../src/checks/index.ts';
import { vectorHash } from '../../src/checks/copies.ts';
import { incrementalChecks } from '../../src/checks/incremental.ts';
import type { ReportRecord } from '../../src/domain/index.ts';
import { generateCounty } from '../../src/generate/index.ts';

const demo = generateCounty().reports;
const other = generateCounty({ seed: 7, county: '另一县' }).reports;
const key = (f: { reportId: string; rule: string; messageEn: string }) => `${f.reportId} ${f.rule} ${f.messageEn}`;
const copyOf = (r: ReportRecord, patch: Partial<ReportRecord>): ReportRecord => ({ ...r, cells: { ...r.cells }, ...patch });

describe('incrementalChecks()', () => {
  it('gives what checkAll gives, run after run, as reports come, go and are replaced', () => {
    const check = incrementalChecks();
    const first = demo[0] as ReportRecord;
    const second = demo.find((r, i) => i > 20 && vectorHash(r) !== null) as ReportRecord;
    // Demo narratives are too short for C2: the copied one is long.
    const long = { 一: demo.slice(0, 8).map((r) => Object.values(r.narrative).join('')).join('') };
    const steps: ReportRecord[][] = [
      demo,
      // An import: another county, and copies of a demo report's figures and narrative under a new agency.
      [...demo, ...other.slice(0, 60), copyOf(first, { agency: { ...(other[0] as ReportRecord).agency, id: 'copy', name: first.agency.name }, year: first.year + 10, narrative: long }), copyOf(demo[1] as ReportRecord, { narrative: long })],
      // A report replaced (a new object, its carry-over broken) and a kept-both twin of another one.
      [...demo.filter((r) => r !== second), copyOf(second, { cells: { ...second.cells, 't3.carried_over_out.total': { value: 99999, raw: '99999' } } }), copyOf(first, {}), ...other.slice(0, 60)],
      // A copy of a demo report's figures dated earlier than it: the demo report becomes the copy.
      [...demo, copyOf(second, { agency: { ...second.agency, id: 'early' }, year: second.year - 10 })],
      demo.slice(0, 100),
    ];
    for (const [i, records] of steps.entries()) expect({ step: i, findings: check(records) }).toEqual({ step: i, findings: checkAll(records) });
    // The steps do exercise copies across the import: a new copy, and an old report found to be one.
    const c = (i: number) => checkAll(steps[i] ?? []).filter((f) => f.rule === 'C1' || f.rule === 'C2');
    expect(c(1).filter((f) => f.reportId.startsWith('copy|')).map((f) => f.rule).sort()).toEqual(['C1', 'C2']);
    expect(c(3).some((f) => f.rule === 'C1' && f.reportId === `${second.agency.id}|${second.year}` && f.relatedReportId?.startsWith('early|'))).toBe(true);
  });

  it('keeps the findings of reports and agencies an import did not touch instead of recomputing them', () => {
    const check = incrementalChecks();
    const before = check(demo);
    const after = check([...demo, ...other.slice(0, 30)]);
    const untouched = before.filter((f) => f.rule !== 'C1' && f.rule !== 'C2');
    expect(untouched.length).toBeGreaterThan(10);
    for (const f of untouched) expect(after.some((g) => g === f), key(f)).toBe(true);
    expect(after.map(key).sort()).toEqual(checkAll([...demo, ...other.slice(0, 30)]).map(key).sort());
  });
});
