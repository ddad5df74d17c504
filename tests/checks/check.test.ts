import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAcross, checkAll, checkReport, findQuotes, RULES } from '../../src/checks/index.ts';
import type { CellValue, ReportRecord, Template } from '../../src/domain/index.ts';
import { agency, makeRecord, rulesOf } from './factories.ts';
import { syntheticCounty } from './synthetic.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');

interface Expected {
  agency: string;
  year: number;
  template: Template;
  cells: Record<string, number | null>;
  candidates: Record<string, number[]>;
  violations: (string | { rule: string })[];
}

/** The overview of a corpus text: from "一、总体情况" to the next section heading. */
function overviewOf(text: string): string {
  const start = text.indexOf('一、总体情况');
  if (start < 0) return '';
  const end = text.indexOf('二、', start + 6);
  return text.slice(start + 6, end < 0 ? undefined : end);
}

function corpusRecord(name: string, kind: 'township' | 'jurisdiction'): { record: ReportRecord; expected: Expected } {
  const expected = JSON.parse(readFileSync(path.join(corpus, 'expected', `${name}.json`), 'utf8')) as Expected;
  const cells: Record<string, CellValue> = Object.fromEntries(
    Object.entries(expected.cells).map(([k, v]) => [k, { value: v, raw: v === null ? '' : String(v) }]),
  );
  const record: ReportRecord = {
    ...makeRecord(),
    agency: agency({ id: expected.agency, name: expected.agency, kind }),
    year: expected.year,
    template: expected.template,
    tables: { t2: expected.template, t3: expected.template, t4: expected.template },
    cells,
    ambiguous: expected.candidates,
    narrative: { overview: overviewOf(readFileSync(path.join(corpus, `${name}.txt`), 'utf8')) },
  };
  return { record, expected };
}

describe.skipIf(!existsSync(path.join(corpus, 'expected')))('checkReport on the corpus reports', () => {
  it.each([
    ['pingtan-2021', 'jurisdiction'],
    ['xiaye-town-2020', 'township'],
  ] as const)('checkReport reproduces the expected violations of %s exactly', (name, kind) => {
    const { record, expected } = corpusRecord(name, kind);
    expect(record.narrative['overview']?.length).toBeGreaterThan(100);
    const findings = checkReport(record);
    const hard = findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort();
    expect(hard).toEqual(expected.violations.map((v) => (typeof v === 'string' ? v : v.rule)).sort());
    expect(findings).toEqual([]);
  });

  it('findQuotes reads the figures the Pingtan overview quotes (共收到70件申请, 办结69件, 1件结转下年度)', () => {
    const { record } = corpusRecord('pingtan-2021', 'jurisdiction');
    const quotes = findQuotes(record.narrative['overview'] ?? '', 2021, true).map((q) => [q.kind, q.value]);
    expect(quotes).toEqual([['received', 70], ['processed', 69], ['carriedOut', 1]]);
  });
});

describe('RULES', () => {
  it('RULES lists each rule once with both names and descriptions', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['R0', 'R3.1', 'R3.2', 'R3.3', 'R4.1', 'R4.2', 'R4.3', 'P1', 'P2', 'N1', 'X1', 'X2', 'X3', 'C1', 'C2']);
    for (const r of RULES) expect([r.nameZh, r.nameEn, r.descriptionZh, r.descriptionEn].every((s) => s.length > 0)).toBe(true);
  });

  it('every finding of checkAll names a rule of RULES with its severity', () => {
    const bad = makeRecord({ year: 2023, cells: { 't4.review.total': 5, 't2.regulations.in_force': 1 } });
    const severities = new Map(RULES.map((r) => [r.id, r.severity]));
    for (const f of checkAll([...syntheticCounty(3, 3), bad])) expect(severities.get(f.rule)).toBe(f.severity);
  });
});

describe('checkAll(records)', () => {
  it('checkAll is every checkReport followed by checkAcross', () => {
    const records = [makeRecord({ year: 2021 }), makeRecord({ year: 2022, cells: { 't4.review.total': 5, 't3.carried_over_in.total': 0 } })];
    expect(checkAll(records)).toEqual([...records.flatMap((r) => checkReport(r)), ...checkAcross(records)]);
    expect(rulesOf(checkAll(records))).toEqual(['R3.1', 'R3.3', 'R4.1', 'X1']);
  });

  it('checkAll finds nothing in a consistent synthetic county', () => {
    expect(checkAll(syntheticCounty(20, 5))).toEqual([]);
  });

  it('checkAll checks a county of 300 reports × 200 cells (speed: npm run bench)', () => {
    const county = syntheticCounty(60, 5);
    expect(county).toHaveLength(300);
    expect(Object.keys(county[0]?.cells ?? {}).length).toBeGreaterThanOrEqual(200);
    expect(checkAll(county)).toEqual([]);
  });
});
