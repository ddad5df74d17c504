import { describe, expect, it } from 'vitest';
import { countyCount, countySpecs, generateCounty, generateScaleCounty } from '../../src/generate/index.ts';

describe('countySpecs', () => {
  it('lays out a province of 14 cities × 17 counties, names unique, defects in one county in ten', () => {
    const specs = [...countySpecs('province')];
    expect(specs).toHaveLength(countyCount('province'));
    expect(specs).toHaveLength(238);
    expect(new Set(specs.map((s) => s.city)).size).toBe(14);
    expect(new Set(specs.map((s) => s.county)).size).toBe(238);
    expect(specs.filter((s) => s.defects).map((s) => s.index)).toEqual(specs.filter((s) => s.index % 10 === 0).map((s) => s.index));
    for (const s of specs.filter((x) => !x.defects)) expect(new Set(s.townships).size).toBe(15);
  });

  it('is deterministic, and a city is the province’s first city', () => {
    const city = [...countySpecs('city')];
    expect(city).toEqual([...countySpecs('city')]);
    expect(city.map((s) => s.county)).toHaveLength(24);
    expect([...countySpecs('province')].slice(0, 17).map((s) => s.city)).toEqual(Array(17).fill('演示市'));
  });
});

describe('generateScaleCounty', () => {
  it('makes county 0 the demo county itself', () => {
    const [first] = [...countySpecs('city')];
    expect(first && generateScaleCounty(first)).toEqual(generateCounty());
  });

  it('plants nothing in a county without defects: every agency reports every year', () => {
    const spec = [...countySpecs('city')][3];
    if (!spec) throw new Error('no county 3');
    const county = generateScaleCounty(spec);
    expect(county.planted).toEqual([]);
    expect(county.outliers).toEqual([]);
    expect(county.reports).toHaveLength(county.agencies.length * 7);
    expect(county.agencies.every((a) => a.county === spec.county && a.city === spec.city)).toBe(true);
    expect(county.agencies.filter((a) => a.kind === 'township' || a.kind === 'street').map((a) => a.name.replace(/人民政府|办事处/, ''))).toEqual(spec.townships);
  });
});
