import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.ts';
import { lex } from '../../src/parse/lex.ts';
import { layoutOf } from '../../src/parse/sections.ts';
import { tokenize } from '../../src/parse/tokenize.ts';
import type { ParsedReport } from '../../src/parse/index.ts';
import { corpusDir } from './golden.ts';

const partialDir = path.join(corpusDir, 'partial');

interface Expectation {
  /** Section headings found (numerals 1–6) and table regions seen. */
  sections: string;
  tables: string;
  template: 'v2019' | 'v2021';
  year: number;
  agency?: string | null;
  overview?: boolean;
  cells?: Record<string, number | null>;
  units?: Record<string, string>;
  extra?: string[];
}

/** Written from reading each truncated file: they end inside section 二 or 三. */
const PARTIALS: Record<string, Expectation> = {
  'beijing-jiedao-2020': {
    sections: '123', tables: 't2,t3',
    template: 'v2019', year: 2020, overview: true,
    cells: { 't2.licensing.decisions': 8, 't2.penalty.decisions': 93, 't2.central_procurement.projects': 13, 't2.central_procurement.amount_wan_yuan': 477.35 },
    units: { 't2.central_procurement.amount_wan_yuan': '万元' },
  },
  'dongbeitang-jiedao-xishan-2019': {
    sections: '123', tables: 't2,t3',
    template: 'v2019', year: 2019, overview: true,
    cells: { 't2.normative_docs.made': 4, 't2.normative_docs.total_published': 17, 't2.licensing.yoy_change': 0, 't2.central_procurement.amount_wan_yuan': 1646.5 },
    units: { 't2.central_procurement.amount_wan_yuan': '万元' },
  },
  'dongcheng-jiedao-yongjia-2019': {
    sections: '12', tables: 't2', template: 'v2019', year: 2019, agency: '东城街道', overview: true, cells: { 't2.normative_docs.total_published': 0 } },
  'fengshou-xiang-2022-oldformat': {
    sections: '123', tables: 't2,t3', template: 'v2019', year: 2022, cells: { 't2.central_procurement.projects': 0, 't3.received_new.total': 0 } },
  'guihua-jiedao-hetang-2019': {
    sections: '', tables: 't2,t3',
    template: 'v2019', year: 2019, overview: false,
    cells: { 't2.admin_fees.prev_year_items': 0, 't2.central_procurement.projects': null, 't2.central_procurement.amount_wan_yuan': null },
  },
  'hanyang-qu-zhengfu-bangongshi-2022': {
    sections: '123', tables: 't2,t3',
    template: 'v2021', year: 2022, agency: null,
    cells: { 't2.regulations.issued': 0, 't2.regulations.in_force': null, 't2.normative_docs.repealed': 12, 't3.received_new.natural_person': 8, 't3.received_new.total': 8, 't3.granted.natural_person': null },
  },
  'hunan-zhen-qujiang-2021': {
    sections: '12', tables: 't2', template: 'v2021', year: 2021, cells: { 't2.licensing.decisions': 0, 't2.penalty.decisions': null } },
  'naleike-zhen-2023': {
    sections: '123', tables: 't2,t3', template: 'v2021', year: 2023, cells: { 't2.regulations.in_force': 6, 't3.withheld_internal_affairs.total': 0 } },
  'xiaogan-shizhengfu-bangongshi-2020': {
    sections: '12', tables: 't2',
    template: 'v2019', year: 2020, agency: '孝感市人民政府办公室',
    cells: { 't2.regulations.total_published': 3, 't2.normative_docs.total_published': 119 }, extra: ['其他主动公开文件'],
  },
  'xinhua-jiedao-tongzhou-2019': {
    sections: '12', tables: 't2',
    template: 'v2019', year: 2019,
    cells: { 't2.normative_docs.made': 1, 't2.other_mgmt_services.decisions': null }, extra: ['行政检查', '行政确认'],
  },
  'xinjiu-zhen-yanbian-2021': {
    sections: '123', tables: 't2,t3', template: 'v2021', year: 2021, agency: '盐边县新九镇人民政府', cells: { 't3.granted.total': 0 } },
  'yangling-shenjiju-2022': {
    sections: '123', tables: 't2,t3', template: 'v2021', year: 2022, cells: { 't2.admin_fees.amount_wan_yuan': 0 } },
  'zhouwan-zhen-2021': {
    sections: '12', tables: 't2', template: 'v2021', year: 2021, agency: '周湾镇' },
};

function parsePartial(name: string): ParsedReport {
  const r = parseText(readFileSync(path.join(partialDir, `${name}.txt`), 'utf8'), `${name}.txt`);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe.skipIf(!existsSync(partialDir))('parseText(partial corpus file)', () => {
  describe.each(Object.entries(PARTIALS))('%s', (name, want) => {
    const r = parsePartial(name);
    it('detects the t2 template from its labels, not the year', () => {
      expect(r.template).toBe(want.template);
      expect(r.tables.t2).toBe(want.template);
      expect(r.tables.t3).toBeUndefined();
    });
    it('finds its section headings by numeral and keyword, and its table regions', () => {
      const layout = layoutOf(lex(tokenize(readFileSync(path.join(partialDir, `${name}.txt`), 'utf8'), name)));
      expect(Object.keys(layout.headings).join('')).toBe(want.sections);
      expect(Object.keys(layout.tables).join(',')).toBe(want.tables);
    });
    it('takes the year from the title or the file name', () => {
      expect(r.year).toBe(want.year);
      if (want.agency !== undefined) expect(r.agency).toBe(want.agency);
    });
    it('reports the truncation as an error issue, and no hard-rule violation', () => {
      expect(r.issues.some((i) => i.rule === 'truncated' && i.severity === 'error')).toBe(true);
      expect(r.issues.filter((i) => /^R\d/.test(i.rule))).toEqual([]);
    });
    it('reads the cells it can see', () => {
      const values = Object.fromEntries(Object.keys(want.cells ?? {}).map((k) => [k, r.cells[k]?.value]));
      expect(values).toEqual(want.cells ?? {});
      for (const [k, unit] of Object.entries(want.units ?? {})) expect(r.cells[k]?.unit).toBe(unit);
      expect(r.extraRows.map((e) => e.label)).toEqual(want.extra ?? []);
      if (want.overview !== undefined) expect('一' in r.narrative).toBe(want.overview);
    });
  });
});
