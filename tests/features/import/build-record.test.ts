import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/checks/index.ts';
import { buildRecord } from '../../../src/features/import/build-record.ts';
import type { ParsedReport } from '../../../src/parse/index.ts';

const parsed: ParsedReport = {
  ok: true,
  file: 'a.txt',
  agency: '甲镇人民政府',
  year: 2021,
  template: 'v2021',
  tables: { t3: 'v2021' },
  title: '甲镇人民政府2021年政府信息公开工作年度报告',
  publishDate: '2022-01-20',
  cells: {
    't3.received_new.total': { value: 3, raw: '3' },
    't3.granted.total': { value: null, raw: '21' },
  },
  extraRows: [],
  narrative: { overview: '共收到申请3件' },
  issues: [{ rule: 'ambiguous', severity: 'warning', message: 'glued', cells: ['t3.granted.total'] }],
  ambiguous: { 't3.granted.total': [2, 21] },
};
const identity = { kind: 'township' as const, province: '浙江省', city: '温州市', county: '永嘉县' };

describe('buildRecord(parsed, choices)', () => {
  it('makes an imported record with the agency identity the user settled', () => {
    const r = buildRecord(parsed, { name: '甲镇人民政府', year: 2021, identity, resolved: {}, sourceFile: '永嘉县/a.txt' });
    expect(r.agency).toEqual({ id: '浙江省/温州市/永嘉县/甲镇人民政府', name: '甲镇人民政府', ...identity });
    expect(r).toMatchObject({ year: 2021, dataset: 'imported', sourceFile: '永嘉县/a.txt', template: 'v2021', tables: { t3: 'v2021' } });
    expect(r.ambiguous).toEqual({ 't3.granted.total': [2, 21] });
    expect(r.cells['t3.granted.total']?.value).toBeNull();
  });

  it('applies a resolution: the cell takes the value, keeps its raw text, and is no longer ambiguous', () => {
    const r = buildRecord(parsed, { name: '甲镇人民政府', year: 2021, identity, resolved: { 't3.granted.total': 2 }, sourceFile: 'a.txt' });
    expect(r.cells['t3.granted.total']).toEqual({ value: 2, raw: '21' });
    expect(r.ambiguous).toEqual({});
    expect(parsed.cells['t3.granted.total']?.value).toBeNull();
  });

  it('gives a record the consistency checks accept', () => {
    const r = buildRecord(parsed, { name: '甲镇人民政府', year: 2021, identity, resolved: {}, sourceFile: 'a.txt' });
    expect(checkReport(r).every((f) => f.reportId === '浙江省/温州市/永嘉县/甲镇人民政府|2021')).toBe(true);
  });
});
