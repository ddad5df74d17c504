import { describe, expect, it } from 'vitest';
import { rankedWindow, rankingWindow } from '../../../src/features/compare/peer-points.ts';
import type { PeerPoint } from '../../../src/queries/index.ts';
import { gridValue, heatCells, multiplesRows } from '../../../src/features/compare/year-grid.ts';

describe('rankingWindow(points, n)', () => {
  const points = Array.from({ length: 5000 }, (_, i) => ({ label: `机关${i}`, value: 5000 - i }));

  it('keeps the top and bottom n of a long ranking, labelled with their ranks', () => {
    const w = rankingWindow(points, 15);
    expect(w.points).toHaveLength(30);
    expect(w.hidden).toBe(4970);
    expect(w.points[0]?.label).toBe('1. 机关0');
    expect(w.points[15]?.label).toBe('4986. 机关4985');
    expect(w.indices[29]).toBe(4999);
  });

  it('keeps a short ranking whole', () => {
    const w = rankingWindow(points.slice(0, 30), 15);
    expect(w.hidden).toBe(0);
    expect(w.indices).toEqual([...Array(30).keys()]);
  });
});

describe('heatCells and multiplesRows at province scale', () => {
  it('look up 70,000 agency-years through an index (a linear search per cell would take minutes)', () => {
    const agencies = Array.from({ length: 10_000 }, (_, i) => ({ id: `a${i}`, name: `机关${i}` }));
    const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
    const rows = agencies.flatMap((a, i) => years.map((year) => ({ agencyId: a.id, agencyName: a.name, year, numerator: i % 7, denominator: 10, value: (i % 7) / 10, reports: 1, reportsWithoutFigure: 0 })));
    const text = { value: String, noReport: () => '', blank: () => '', tooFew: () => '', shown: () => '' };
    const cells = heatCells(rows, agencies, years, true, text);
    expect(cells).toHaveLength(70_000);
    expect(cells[7 * 9999 + 6]).toMatchObject({ row: '机关9999', col: '2025', value: gridValue(rows[7 * 9999 + 6], true) });
    expect(multiplesRows(rows, agencies.slice(0, 20), years, true)[0]?.a3).toBe(0.3);
  });
});

describe('rankedWindow(points, text, n)', () => {
  const point = (i: number, status: PeerPoint['status']): PeerPoint => ({
    agencyId: `a${i}`, agencyName: `机关${i}`, numerator: i, denominator: 10_000, value: status === 'missing' ? null : 1 - i / 10_000,
    low: 0, high: 1, status, outlier: null, reports: 1, reportsWithoutFigure: 0,
  });
  const points = [...Array.from({ length: 10_000 }, (_, i) => point(i, 'ranked')), point(10_000, 'insufficient'), point(10_001, 'missing')];

  it('draws the top and bottom n ranked agencies and writes tooltips for those alone', () => {
    const tipped: string[] = [];
    const text = { value: String, count: String, tip: (p: PeerPoint) => (tipped.push(p.agencyId), `tip ${p.agencyName}`) };
    const w = rankedWindow(points, text, 15);
    expect(w.points).toHaveLength(30);
    expect(w.hidden).toBe(9970);
    expect(w.points[29]).toMatchObject({ label: '10000. 机关9999', value: 1 - 9999 / 10_000, note: 'tip 机关9999' });
    expect(tipped).toHaveLength(30);
  });
});
