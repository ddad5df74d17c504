import { describe, expect, it } from 'vitest';
import { readViewState, viewStateParams } from '../../src/app/view-state.ts';

describe('view state in the URL', () => {
  it('readViewState(params) reads counties and templates, dropping unknown templates', () => {
    const s = readViewState(new URLSearchParams('c=样例县,另一县&t=v2021,bogus&y=2021'));
    expect(s.filters.counties).toEqual(['样例县', '另一县']);
    expect(s.filters.templates).toEqual(['v2021']);
    expect(s.filters.years).toEqual([2021]);
  });

  it('viewStateParams(state) round-trips counties and templates and leaves defaults out', () => {
    const s = readViewState(new URLSearchParams('ci=演示市&c=样例县&t=mixed'));
    expect(s.filters.cities).toEqual(['演示市']);
    expect(viewStateParams(s)).toMatchObject({ ci: '演示市', c: '样例县', t: 'mixed', y: null, k: null });
    const kept = Object.entries(viewStateParams(s)).filter((e): e is [string, string] => e[1] !== null);
    expect(readViewState(new URLSearchParams(kept))).toEqual(s);
    expect(viewStateParams(readViewState(new URLSearchParams('')))).toMatchObject({ ci: null, c: null, t: null });
  });
});
