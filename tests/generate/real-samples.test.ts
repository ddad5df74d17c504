import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellKeys } from '../../src/domain/index.ts';
import { kindOf, realSamples } from '../../src/generate/index.ts';

const corpus = new URL('../../../shared/corpus/', import.meta.url).pathname;

describe('kindOf(name)', () => {
  it('reads the agency kind from the name ending', () => {
    expect(kindOf('下冶镇人民政府')).toBe('township');
    expect(kindOf('南湖乡人民政府')).toBe('township');
    expect(kindOf('新华街道办事处')).toBe('street');
    expect(kindOf('孝感市人民政府办公室')).toBe('government_office');
    expect(kindOf('杨凌示范区审计局')).toBe('department');
    expect(kindOf('平潭综合实验区')).toBe('jurisdiction');
  });
});

describe.skipIf(!existsSync(`${corpus}expected`))('realSamples(corpusDir)', () => {
  const samples = realSamples(corpus);
  const find = (name: string) => samples.find((r) => r.agency.name === name);

  it('builds one record per expected JSON, dataset samples, every key of the template', () => {
    expect(samples.map((r) => r.agency.name).sort()).toEqual(['下冶镇人民政府', '平潭综合实验区']);
    for (const r of samples) {
      expect(r.dataset).toBe('samples');
      expect(Object.keys(r.cells)).toEqual(cellKeys(r.template === 'mixed' ? 'v2021' : r.template).map((k) => k.key));
    }
  });

  it('keeps ambiguous cells null with their candidates', () => {
    const pingtan = find('平潭综合实验区');
    expect(pingtan?.cells['t2.normative_docs.issued']?.value).toBeNull();
    expect(pingtan?.ambiguous['t2.normative_docs.issued']).toEqual([6, 69, 693, 6936]);
    expect(pingtan?.cells['t3.received_new.total']?.value).toBe(70);
    expect(pingtan?.cells['t2.admin_fees.amount_wan_yuan']).toEqual({ value: 24252.311082, raw: '24252.311082', unit: '万元' });
  });

  it('takes kind, place, title and date from the texts, leaving unknown places blank', () => {
    const xiaye = find('下冶镇人民政府');
    expect(xiaye?.agency).toMatchObject({ kind: 'township', province: '', city: '', county: '' });
    expect(xiaye?.title).toBe('下冶镇人民政府2020年政府信息公开工作年度报告');
    expect(xiaye?.publishDate).toBeNull();
    expect(xiaye?.narrative['六']).toBe('2020年无其他需要报告的事项。');
    const pingtan = find('平潭综合实验区');
    expect(pingtan?.agency).toMatchObject({ kind: 'jurisdiction', province: '福建省' });
    expect(pingtan?.publishDate).toBe('2022-02-08');
    expect(pingtan?.narrative['一']).toContain('本年度全区共收到70件申请');
  });
});
