import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.ts';
import type { ParsedReport } from '../../src/parse/index.ts';
import { corpusDir } from './golden.ts';

interface Expected {
  agency: string;
  year: number;
  template: string;
  cells: Record<string, number | null>;
  ambiguous: string[];
  candidates: Record<string, number[]>;
  violations: string[];
}

const HARD_RULES = /^R(0|3\.[123]|4\.[123])$/;

function parseCorpus(name: string): { result: ParsedReport; expected: Expected } {
  const result = parseText(readFileSync(path.join(corpusDir, `${name}.txt`), 'utf8'), `${name}.txt`);
  if (!result.ok) throw new Error(result.error);
  const expected = JSON.parse(readFileSync(path.join(corpusDir, 'expected', `${name}.json`), 'utf8')) as Expected;
  return { result, expected };
}

describe.skipIf(!existsSync(corpusDir))('parseText(corpus report) is cell-exact against expected JSON', () => {
  describe.each(['xiaye-town-2020', 'pingtan-2021'])('%s', (name) => {
    const { result, expected } = parseCorpus(name);
    it('reads agency, year and template from the title and labels', () => {
      expect([result.agency, result.year, result.template]).toEqual([expected.agency, expected.year, expected.template]);
    });
    it('yields every key of the template with the expected value', () => {
      const values = Object.fromEntries(Object.entries(result.cells).map(([k, c]) => [k, c.value]));
      expect(values).toEqual(expected.cells);
    });
    it('lists exactly the ambiguous cells with every candidate', () => {
      expect(Object.keys(result.ambiguous).sort()).toEqual([...expected.ambiguous].sort());
      expect(result.ambiguous).toEqual(expected.candidates);
    });
    it('reports the source hard-rule violations and nothing else as an error', () => {
      const violations = result.issues.filter((i) => HARD_RULES.test(i.rule)).map((i) => i.rule);
      expect(violations).toEqual(expected.violations);
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    });
  });

  it('parseText(pingtan) keeps the raw digit run of an ambiguous cell', () => {
    const { result } = parseCorpus('pingtan-2021');
    expect(result.cells['t2.normative_docs.issued']).toMatchObject({ value: null, raw: '693665' });
    expect(result.cells['t2.admin_fees.amount_wan_yuan']).toMatchObject({ value: 24252.311082, unit: '万元' });
  });

  it('parseText(xiaye) leaves a procurement amount without a unit as written, unit unknown', () => {
    const { result } = parseCorpus('xiaye-town-2020');
    expect(result.cells['t2.central_procurement.amount_wan_yuan']).toMatchObject({ value: 41, unit: 'unknown' });
  });

  it('parseText(xiaye) gives every cell its source line and offset', () => {
    const { result } = parseCorpus('xiaye-town-2020');
    expect(result.cells['t2.penalty.prev_year_items']?.source).toEqual({ line: 62, offset: 5 });
    expect(result.narrative['一']).toMatch(/^一、总体情况/);
    expect(result.narrative['六']).toContain('2020年无其他需要报告的事项');
  });
});
