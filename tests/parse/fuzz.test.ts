import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.ts';
import { corpusDir, fixturesDir } from './golden.ts';
import { mulberry32 } from '../../src/generate/index.ts';


function sources(): string[] {
  const dirs = [fixturesDir, corpusDir, path.join(corpusDir, 'partial')].filter((d) => existsSync(d));
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(d, f), 'utf8')));
}

const JUNK = ['0', '12', '| |', '—', '（三）不予公开', '总计', '三、收到和处理政府信息公开申请情况', '- 4 -', '行政复议', '1.', '987654321012345678901234567890'];

function mutate(text: string, rnd: () => number): string {
  const pick = (n: number): number => Math.floor(rnd() * n);
  let lines = text.split('\n');
  for (let k = 1 + pick(4); k > 0; k--) {
    const i = pick(lines.length);
    const j = pick(lines.length);
    const op = pick(8);
    if (op === 0) lines.splice(i, 1);
    else if (op === 1) lines.splice(i, 0, lines[i] ?? '');
    else if (op === 2) [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    else if (op === 3) lines.splice(i, 0, JUNK[pick(JUNK.length)] ?? '');
    else if (op === 4) lines = lines.join('\n').slice(0, pick(text.length)).split('\n');
    else if (op === 5) lines[i] = (lines[i] ?? '').replace(/\d/, () => String(pick(10)));
    else if (op === 6) lines[i] = (lines[i] ?? '').replace(/ /g, () => (rnd() < 0.5 ? '' : ' '));
    else lines.splice(i, 2, `${lines[i] ?? ''}${lines[i + 1] ?? ''}`);
  }
  return lines.join('\n');
}

/** A value is supported when its raw text is in the input and holds its digits (元 scaled back to 元). */
function supported(input: string, value: number, raw: string, unit: string | undefined): boolean {
  const v = String(Math.abs(unit === '元' ? Math.round(value * 10_000 * 1e6) / 1e6 : value));
  const text = input.normalize('NFKC');
  const digits = raw.normalize('NFKC');
  return text.includes(digits) && digits.includes(v);
}

describe('parseText(mutated report)', () => {
  const texts = sources();
  const rnd = mulberry32(20_240_601);
  const cases = Array.from({ length: 300 }, (_, n) => ({ n, text: mutate(texts[n % texts.length] ?? '', rnd) }));
  cases.push({ n: -1, text: `三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量${'1'.repeat(80)}` });

  it('never throws, finishes in bounded time and only reports digits present in the input', () => {
    for (const { n, text } of cases) {
      const start = performance.now();
      const r = parseText(text, `fuzz-${n}.txt`);
      expect(performance.now() - start, `case ${n} time`).toBeLessThan(2000);
      if (!r.ok) continue;
      for (const [key, c] of Object.entries(r.cells)) {
        if (c.value === null) continue;
        expect(supported(text, c.value, c.raw, c.unit), `case ${n} ${key}=${c.value} raw ${c.raw}`).toBe(true);
      }
      for (const key of Object.keys(r.ambiguous)) expect(r.cells[key]?.value, `case ${n} ${key}`).toBeNull();
    }
  });
});
