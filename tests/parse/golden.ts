import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseResult } from '../../src/parse/index.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const fixturesDir = path.resolve(repoRoot, 'tests/parse/fixtures');

/** What a golden records of a result: values, not positions. */
export interface Summary {
  ok: boolean;
  error?: string;
  agency?: string | null;
  year?: number | null;
  template?: string;
  tables?: Record<string, string>;
  cells?: Record<string, number | null>;
  units?: Record<string, string>;
  ambiguous?: Record<string, number[]>;
  extraRows?: { table: string; label: string; values: (number | null)[] }[];
  issues?: string[];
}

export function summarize(r: ParseResult): Summary {
  if (!r.ok) return { ok: false, error: r.error };
  const cells: Record<string, number | null> = {};
  const units: Record<string, string> = {};
  for (const [k, c] of Object.entries(r.cells)) {
    cells[k] = c.value;
    if (c.unit) units[k] = c.unit;
  }
  return {
    ok: true,
    agency: r.agency,
    year: r.year,
    template: r.template,
    tables: r.tables,
    cells,
    units,
    ambiguous: r.ambiguous,
    extraRows: r.extraRows.map(({ table, label, values }) => ({ table, label, values })),
    issues: r.issues.map((i) => `${i.rule} ${i.severity}: ${i.message}`),
  };
}

/**
 * Compare with `<case>.json` (Framework style): a missing golden is written, and fails under CI=true;
 * a mismatch writes `<case>-changed.json` and fails. Returns the failure message, or undefined.
 */
export function checkGolden(file: string, actual: Summary): string | undefined {
  const text = `${JSON.stringify(actual, null, 1)}\n`;
  const changed = file.replace(/\.json$/, '-changed.json');
  if (!existsSync(file)) {
    if (process.env.CI === 'true') return `missing golden ${path.basename(file)}`;
    writeFileSync(file, text);
    return undefined;
  }
  if (readFileSync(file, 'utf8') === text) return undefined;
  writeFileSync(changed, text);
  return `${path.basename(file)} differs: see ${path.basename(changed)}`;
}
