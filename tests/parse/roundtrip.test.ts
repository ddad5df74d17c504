import { describe, expect, it } from 'vitest';
import { parseFile, parseText } from '../../src/parse/index.ts';
import { randomReport, renderReport, type Style } from './render.ts';
import { mulberry32 } from '../../src/generate/index.ts';


describe('parseText(rendered random report)', () => {
  const rnd = mulberry32(7);
  const cases = Array.from({ length: 60 }, (_, n) => ({ n, template: n % 2 ? 'v2021' : 'v2019', cells: randomReport(n % 2 ? 'v2021' : 'v2019', rnd) }) as const);

  it.each(['pipe', 'pdf'] as Style[])('reads every cell of a %s rendering exactly', (style) => {
    for (const { n, template, cells } of cases) {
      const r = parseText(renderReport(template, cells, style), `case-${n}.txt`);
      if (!r.ok) throw new Error(`case ${n}: ${r.error}`);
      const values = Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value]));
      expect(values, `case ${n}`).toEqual(cells);
    }
  });

  it('reads every cell of an HTML rendering exactly, through extractDocument', async () => {
    const toHtml = (text: string): string =>
      text
        .split('\n')
        .map((l) => (l.includes(' | ') ? `<table><tr>${l.replace(/ \|$/, '').split(' | ').map((c) => `<td>${c}</td>`).join('')}</tr></table>` : `<p>${l}</p>`))
        .join('\n');
    for (const { n, template, cells } of cases.slice(0, 20)) {
      const html = `<html><body>${toHtml(renderReport(template, cells, 'pipe'))}</body></html>`;
      const r = await parseFile(new TextEncoder().encode(html), `case-${n}.html`);
      if (!r.ok) throw new Error(`case ${n}: ${r.error}`);
      const values = Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value]));
      expect(values, `case ${n}`).toEqual(cells);
    }
  });

  it('never reports a wrong number from a separator-less rendering: each cell is right or ambiguous', () => {
    let settled = 0;
    for (const { n, template, cells } of cases) {
      const r = parseText(renderReport(template, cells, 'glued'), `case-${n}.txt`);
      if (!r.ok) throw new Error(`case ${n}: ${r.error}`);
      for (const [key, truth] of Object.entries(cells)) {
        const c = r.cells[key];
        if (c?.value === null) {
          if (key in r.ambiguous) expect(r.ambiguous[key], `case ${n} ${key}`).toContain(truth);
          continue;
        }
        expect(c?.value, `case ${n} ${key}`).toBe(truth);
        settled++;
      }
    }
    expect(settled).toBeGreaterThan(0);
  });

  it('never reports a wrong number when a glued rendering lost a blank cell (`&nbsp;`)', () => {
    for (const { n, template, cells } of cases) {
      const zeros = Object.keys(cells).filter((k) => k.startsWith('t3.') && cells[k] === 0);
      const blank = zeros[Math.floor(rnd() * zeros.length)] ?? '';
      const text = renderReport(template, { ...cells, [blank]: Number.NaN }, 'glued').replaceAll('NaN', '');
      const r = parseText(text, `case-${n}.txt`);
      if (!r.ok) throw new Error(`case ${n}: ${r.error}`);
      for (const [key, truth] of Object.entries(cells)) {
        const value = r.cells[key]?.value ?? null;
        if (value !== null) expect(value, `case ${n} ${key} (blank ${blank})`).toBe(key === blank ? null : truth);
      }
    }
  });
});
