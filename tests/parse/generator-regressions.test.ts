import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/domain/index.ts';
import { generateCounty, renderPipeText, renderWebText } from '../../src/generate/index.ts';
import { parseText } from '../../src/parse/index.ts';
import { splitRow } from '../../src/parse/splits.ts';
import type { Atom } from '../../src/parse/types.ts';

// Regressions found by tests/parse/generator-roundtrip.test.ts (issue 3).

const pos = { line: 1, offset: 0 };
const blank: Atom = { value: null, raw: '', pos };
const num = (n: number): Atom => ({ value: n, raw: String(n), pos });

const { reports } = generateCounty({ seed: 11 });
const base = (template: 'v2019' | 'v2021'): ReportRecord => {
  const r = reports.find((x) => x.tables.t2 === template && x.tables.t3 === template && x.agency.kind === 'township');
  if (!r) throw new Error(`no ${template} township report`);
  return structuredClone(r);
};

describe('issue 3: pipe rows whose label spans columns and whose 总计 is blank', () => {
  it('splitRow(atoms, n, { labelSpans }) drops the label spacer, not the blank last cell', () => {
    const row = [blank, num(2), num(0), num(0), num(0), num(0), num(0), blank];
    expect(splitRow(row, 7, { labelSpans: true }).vectors.map((v) => v.map((s) => s.value))).toEqual([[2, 0, 0, 0, 0, 0, null]]);
    expect(splitRow([num(3), blank, blank], 2).vectors.map((v) => v.map((s) => s.value))).toEqual([[3, null]]);
  });

  it("parseText(renderPipeText(r)) reads '(一)予以公开 | | 2 | 0 | 0 | 0 | 0 | 0 | |' as 2…0 and a blank 总计", () => {
    const r = base('v2021');
    r.cells['t3.granted.natural_person'] = { value: 2, raw: '2' };
    r.cells['t3.granted.total'] = { value: null, raw: '' };
    const text = renderPipeText(r);
    expect(text).toContain('(一)予以公开 | | 2 | 0 | 0 | 0 | 0 | 0 | |');
    const p = parseText(text, 'pipe.txt');
    if (!p.ok) throw new Error(p.error);
    expect(p.cells['t3.granted.natural_person']?.value).toBe(2);
    expect(p.cells['t3.granted.commercial_enterprise']?.value).toBe(0);
    expect(p.cells['t3.granted.total']?.value).toBeNull();
  });
});

describe('issue 3: glued money with decimals or a unit in separator-less web text', () => {
  it("parseText(webText) reads '政府集中采购335.61万元' as ambiguous 3|35.61 or 33|5.61, never as one cell", () => {
    const r = base('v2019');
    r.cells['t2.central_procurement.projects'] = { value: 3, raw: '3' };
    r.cells['t2.central_procurement.amount_wan_yuan'] = { value: 35.61, raw: '35.61万元', unit: '万元' };
    const text = renderWebText(r);
    expect(text).toContain('政府集中采购335.61万元');
    const p = parseText(text, 'web.txt');
    if (!p.ok) throw new Error(p.error);
    expect(p.cells['t2.central_procurement.projects']?.value).toBeNull();
    expect(p.ambiguous['t2.central_procurement.projects']).toEqual([3, 33]);
    expect(p.ambiguous['t2.central_procurement.amount_wan_yuan']).toEqual([5.61, 35.61]);
  });

  it("parseText(webText) settles '政府集中采购00元' as 0 and 0", () => {
    const r = base('v2019');
    r.cells['t2.central_procurement.projects'] = { value: 0, raw: '0' };
    r.cells['t2.central_procurement.amount_wan_yuan'] = { value: 0, raw: '0元', unit: '元' };
    const p = parseText(renderWebText(r), 'web.txt');
    if (!p.ok) throw new Error(p.error);
    expect(p.cells['t2.central_procurement.projects']?.value).toBe(0);
    expect(p.cells['t2.central_procurement.amount_wan_yuan']).toMatchObject({ value: 0, unit: '元' });
  });

  it('parseText(webText) lists the candidates of an ambiguous amount in 元 converted to 万元, like its settled value', () => {
    const r = base('v2019');
    r.cells['t2.central_procurement.projects'] = { value: 1, raw: '1' };
    r.cells['t2.central_procurement.amount_wan_yuan'] = { value: 117.12, raw: '1171200元', unit: '元' };
    const p = parseText(renderWebText(r), 'web.txt');
    if (!p.ok) throw new Error(p.error);
    expect(p.cells['t2.central_procurement.amount_wan_yuan']?.value).toBeNull();
    expect(p.ambiguous['t2.central_procurement.amount_wan_yuan']).toContain(117.12);
    expect(p.ambiguous['t2.central_procurement.amount_wan_yuan']).not.toContain(1171200);
  });
});
