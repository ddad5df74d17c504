import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.ts';
import { checkGolden, fixturesDir, summarize } from './golden.ts';

const cases = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

describe('parseText(fixture) matches its golden', () => {
  it.each(cases)('%s', (name) => {
    const text = readFileSync(path.join(fixturesDir, `${name}.txt`), 'utf8');
    const failure = checkGolden(path.join(fixturesDir, `${name}.json`), summarize(parseText(text, `${name}.txt`)));
    expect(failure).toBeUndefined();
  });
});
