import { describe, expect, it } from 'vitest';
import { inferIdentity, inferKind, toAgency } from '../../../src/features/import/agency-identity.ts';

describe('inferKind(name)', () => {
  it.each([
    ['下冶镇人民政府', 'township'],
    ['丰收乡', 'township'],
    ['东华门街道办事处', 'street'],
    ['新华街道', 'street'],
    ['县自然资源局', 'department'],
    ['县卫生健康委员会', 'department'],
    ['县政务服务中心', 'department'],
    ['汉阳区人民政府办公室', 'government_office'],
    ['湖北省人民政府办公厅', 'government_office'],
    ['平潭综合实验区', 'jurisdiction'],
    ['永嘉县', 'jurisdiction'],
    ['永嘉县人民政府', 'jurisdiction'],
  ])('reads %s as %s', (name, kind) => {
    expect(inferKind(name)).toBe(kind);
  });
});

describe('inferIdentity(name, path)', () => {
  it('reads province, city and county from the name prefix', () => {
    expect(inferIdentity('福建省福州市鼓楼区人民政府办公室')).toEqual({ kind: 'government_office', province: '福建省', city: '福州市', county: '鼓楼区' });
  });

  it('treats the four municipalities as provinces', () => {
    expect(inferIdentity('北京市东城区东华门街道办事处')).toEqual({ kind: 'street', province: '北京市', city: '', county: '东城区' });
  });

  it('fills the region from the folders the file came from', () => {
    expect(inferIdentity('县市场监督管理局', '浙江省/温州市/永嘉县/2021/report.pdf')).toEqual({ kind: 'department', province: '浙江省', city: '温州市', county: '永嘉县' });
  });

  it('lets the name win over the folders', () => {
    expect(inferIdentity('汉阳区人民政府办公室', '湖北省/武汉市/硚口区/f.txt').county).toBe('汉阳区');
  });

  it('makes a jurisdiction without a county prefix its own county', () => {
    expect(inferIdentity('平潭综合实验区')).toEqual({ kind: 'jurisdiction', province: '', city: '', county: '平潭综合实验区' });
  });

  it('leaves the region blank when neither name nor folders say', () => {
    expect(inferIdentity('下冶镇人民政府', 'downloads/x.pdf')).toEqual({ kind: 'township', province: '', city: '', county: '' });
  });

  it('ignores the file name itself when reading folders', () => {
    expect(inferIdentity('某镇', '永嘉县.txt').county).toBe('');
  });
});

describe('toAgency(name, identity)', () => {
  it('builds the province/city/county/name id of the data files', () => {
    expect(toAgency('下冶镇人民政府', inferIdentity('下冶镇人民政府')).id).toBe('///下冶镇人民政府');
  });
});
