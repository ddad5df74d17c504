import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.ts';
import { csvField, csvLines, csvRow, jsonLine } from '../../scripts/parse-output.ts';
import { fixturesDir, repoRoot } from './golden.ts';

describe('parse command line output', () => {
  it('csvField quotes commas, quotes and newlines only', () => {
    expect([csvField('a'), csvField(12), csvField('a,b'), csvField('say "hi"'), csvField('l1\nl2')]).toEqual(['a', '12', '"a,b"', '"say ""hi"""', '"l1\nl2"']);
    expect(csvRow(['x', '', 0])).toBe('x,,0');
  });
  it('jsonLine gives numbers or null for every key, issues and ambiguous', () => {
    const line = JSON.parse(jsonLine(parseText('二、主动公开政府信息情况\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 — 1', 'a-2021.txt'))) as Record<string, unknown>;
    expect(line).toMatchObject({ file: 'a-2021.txt', ok: true, year: 2021, template: 'v2021', ambiguous: {} });
    expect((line.cells as Record<string, unknown>)['t2.regulations.repealed']).toBeNull();
    expect(Object.keys(line.cells as object)).toHaveLength(200);
    expect(JSON.parse(jsonLine({ ok: false, file: 'b', error: 'e' }))).toEqual({ file: 'b', ok: false, error: 'e' });
  });
  it('csvLines writes one row per cell with file, agency, year, template, key, value, raw', () => {
    const lines = csvLines(parseText('某镇2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n信息内容 本年制发件数\n规章 0 0 1', 'a.txt'));
    expect(lines[2]).toBe('a.txt,某镇,2021,v2021,t2.regulations.in_force,1,1');
  });
  it('npm run parse prints one JSON object per file and exits 1 when a file fails', () => {
    const run = (args: string[]): { out: string; code: number } => {
      try {
        return { out: execFileSync('npx', ['tsx', 'scripts/parse.ts', ...args], { cwd: repoRoot, encoding: 'utf8' }), code: 0 };
      } catch (e) {
        const err = e as { stdout: string; status: number };
        return { out: err.stdout, code: err.status };
      }
    };
    const ok = run([path.join(fixturesDir, 'pipe-rows.txt'), path.join(fixturesDir, 'glued-ordinals.txt')]);
    expect(ok.code).toBe(0);
    expect(ok.out.trim().split('\n').map((l) => (JSON.parse(l) as { ok: boolean }).ok)).toEqual([true, true]);
    const bad = run(['--format', 'csv', path.join(fixturesDir, 'not-a-report.txt')]);
    expect(bad.code).toBe(1);
    expect(bad.out.split('\n')[0]).toBe('file,agency,year,template,key,value,raw');
  });
});
