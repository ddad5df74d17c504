import { readFile } from 'node:fs/promises';
import { parseFile } from '../src/parse/index.ts';
import type { ParseResult } from '../src/parse/index.ts';
import { CSV_HEADER, csvLines, jsonLine } from './parse-output.ts';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function parseOne(file: string): Promise<ParseResult> {
  try {
    return await parseFile(new Uint8Array(await readFile(file)), file);
  } catch (e) {
    return { ok: false, file, error: `cannot read file: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** `parse [--format csv] <file…>`: one JSON line per file (or CSV rows); exit 1 when any file failed. */
async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--format');
  const format = at >= 0 ? argv[at + 1] : 'json';
  const files = argv.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  if (files.length === 0 || (format !== 'json' && format !== 'csv')) {
    process.stderr.write('usage: npm run --silent parse -- [--format json|csv] <file…>\n');
    return 2;
  }
  if (format === 'csv') process.stdout.write(`${CSV_HEADER}\n`);
  let failed = 0;
  for (const file of files) {
    const result = await parseOne(file);
    if (!result.ok) failed++;
    process.stdout.write(format === 'csv' ? csvLines(result).map((l) => `${l}\n`).join('') : `${jsonLine(result)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
