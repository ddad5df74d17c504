import { describe, expect, it } from 'vitest';
import type { AgencyKind } from '../../src/domain/index.ts';
import { describeFilters, describeRegion, describeYears } from '../../src/export/describe-filters.ts';

const base = { dataset: 'demo', years: [] as number[], kinds: [] as AgencyKind[] };

describe('describeFilters(filters, lang, places)', () => {
  it('states region, years and kinds in words', () => {
    const text = describeFilters({ ...base, years: [2023, 2021, 2022], kinds: ['township', 'street'] }, 'zh', {
      regions: ['示范省 演示市 样例县'],
    });
    expect(text).toBe('示范省 演示市 样例县 · 2021–2023 · 乡镇、街道');
  });

  it('says "all" for empty lists and names the template filter', () => {
    expect(describeFilters({ ...base, templates: ['v2021'] }, 'zh')).toBe('全部年度 · 全部机关类型 · v2021 模板');
    expect(describeFilters(base, 'en')).toBe('all years · all agency kinds');
  });

  it('falls back to county names and shortens long agency lists', () => {
    const f = { ...base, counties: ['样例县'], agencies: ['a', 'b', 'c', 'd'], years: [2020] };
    expect(describeFilters(f, 'zh', { agencyNames: ['甲镇', '乙镇', '丙镇', '丁镇'] })).toBe(
      '样例县 · 甲镇、乙镇、丙镇等 4 个机关 · 2020 · 全部机关类型',
    );
  });

  it('writes English kinds', () => {
    expect(describeFilters({ ...base, years: [2019, 2021], kinds: ['department'] }, 'en')).toBe(
      '2019, 2021 · county departments',
    );
  });
});

describe('describeRegion(counties, lang, places)', () => {
  const counties = (n: number, city = '演示市') => Array.from({ length: n }, (_, i) => `示范省 ${city} ${i}县`);

  it('names up to three counties, and more by the city or province that holds them', () => {
    expect(describeRegion([], 'zh')).toBe('');
    expect(describeRegion(['甲县', '乙县', '丙县'], 'zh')).toBe('甲县、乙县、丙县');
    expect(describeRegion([], 'zh', { regions: counties(24), cities: ['演示市'], provinces: ['示范省'] })).toBe('示范省 演示市（24 个县区）');
    expect(describeRegion([], 'zh', { regions: [...counties(3), ...counties(2, '邻市')], cities: ['演示市', '邻市'], provinces: ['示范省'] })).toBe(
      '示范省 演示市、邻市（5 个县区）',
    );
    const province = { regions: counties(238), cities: ['a', 'b', 'c', 'd'], provinces: ['示范省'] };
    expect(describeRegion([], 'zh', province)).toBe('示范省（4 个市、238 个县区）');
    expect(describeRegion([], 'en', province)).toBe('示范省 (4 cities, 238 counties)');
    expect(describeRegion(['a', 'b', 'c', 'd'], 'en')).toBe('4 counties');
  });
});

describe('describeYears(years, lang)', () => {
  it('joins a run with an en dash and gaps with the list separator', () => {
    expect(describeYears([2019, 2020, 2021], 'zh')).toBe('2019–2021');
    expect(describeYears([2019, 2021, 2019], 'zh')).toBe('2019、2021');
    expect(describeYears([2022], 'en')).toBe('2022');
  });
});
