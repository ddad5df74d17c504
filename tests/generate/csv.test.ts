import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import { csvField, demoFiles, generateCounty, reportKeys, sampleFiles, toCsvTables } from '../../src/generate/index.ts';
import { AGENCIES_COLUMNS, CELLS_COLUMNS, REPORTS_COLUMNS } from '../../src/load/csv-columns.ts';
import { loadCellKeys, loadDataset } from '../../src/load/index.ts';

const dataDir = new URL('../../data/', import.meta.url);
const corpus = new URL('../../../shared/corpus/', import.meta.url);

/** A strict RFC 4180 reader, so the files are checked by something other than the code that wrote them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('csvField(value)', () => {
  it('quotes commas, quotes and line breaks and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
    expect(csvField(24252.311082)).toBe('24252.311082');
  });
});

describe('toCsvTables(agencies, reports)', () => {
  const demo = generateCounty();
  const tables = toCsvTables(demo.agencies, demo.reports);

  it('writes the loader\'s columns as header rows and one row per agency, report and cell key', () => {
    const [agencies, reports, cells] = [tables.agencies, tables.reports, tables.cells].map(parseCsv);
    expect(agencies?.[0]).toEqual(Object.keys(AGENCIES_COLUMNS));
    expect(reports?.[0]).toEqual(Object.keys(REPORTS_COLUMNS));
    expect(cells?.[0]).toEqual(Object.keys(CELLS_COLUMNS));
    expect(agencies).toHaveLength(demo.agencies.length + 1);
    expect(reports).toHaveLength(demo.reports.length + 1);
    expect(cells).toHaveLength(demo.reports.reduce((a, r) => a + reportKeys(r).length, 0) + 1);
    for (const rows of [agencies, reports, cells]) for (const row of rows ?? []) expect(row).toHaveLength(rows?.[0]?.length ?? 0);
  });

  it('round-trips narrative JSON, empty values for blank cells, and money units', () => {
    const reports = parseCsv(tables.reports).slice(1);
    const first = demo.reports[0];
    expect(JSON.parse(reports[0]?.[11] ?? '')).toEqual(first?.narrative);
    const cells = parseCsv(tables.cells).slice(1);
    expect(cells.some((c) => c[2] === '' && c[3] === '')).toBe(true);
    expect(tables.cells).toContain(',,"",\r\n');
    expect(new Set(cells.filter((c) => c[1]?.endsWith('amount_wan_yuan') && c[2] !== '').map((c) => c[4]))).toEqual(new Set(['元', '万元', 'unknown']));
    expect(cells.filter((c) => !c[1]?.endsWith('amount_wan_yuan')).every((c) => c[4] === '')).toBe(true);
  });

  it('is identical for the same seed', () => {
    expect(demoFiles()).toEqual(demoFiles());
    expect(demoFiles(1)['cells.csv']).not.toBe(demoFiles(2)['cells.csv']);
  });
});

describe('committed data (npm run generate)', () => {
  it('data/demo equals a fresh generation (run `npm run generate` after changing src/generate)', () => {
    for (const [name, text] of Object.entries(demoFiles())) {
      expect([name, readFileSync(new URL(`demo/${name}`, dataDir), 'utf8') === text]).toEqual([name, true]);
    }
  });

  it.skipIf(!existsSync(new URL('expected/', corpus)))('data/samples equals the corpus expectations', () => {
    const files = sampleFiles(new URL(corpus).pathname);
    expect(Object.keys(files)).toHaveLength(3);
    for (const [name, text] of Object.entries(files)) {
      expect([name, readFileSync(new URL(`samples/${name}`, dataDir), 'utf8') === text]).toEqual([name, true]);
    }
  });

  // data/samples has agencies whose province is unknown (''): it loads once the loader keeps quoted empty
  // strings (read_csv allow_quoted_nulls = false), since agencies.province is NOT NULL.
  it('loads data/demo into DuckDB through the project loader', async () => {
    const db = await createNodeConnector();
    await loadCellKeys(db);
    const read = (dir: string, name: string) => new Uint8Array(readFileSync(new URL(`${dir}/${name}`, dataDir)));
    const files = (dir: string) => ({ agencies: read(dir, 'agencies.csv'), reports: read(dir, 'reports.csv'), cells: read(dir, 'cells.csv') });
    await loadDataset(db, 'demo', files('demo'));
    const demo = generateCounty();
    const [n] = await db.query<{ reports: number; demo: number; nulls: number }>(sql`
      SELECT (SELECT count(*) FROM reports) AS reports,
             (SELECT count(*) FROM reports WHERE dataset = 'demo') AS demo,
             (SELECT count(*) FROM cells WHERE value IS NULL) AS nulls`);
    expect(Number(n?.demo)).toBe(demo.reports.length);
    expect(Number(n?.reports)).toBe(demo.reports.length);
    expect(Number(n?.nulls)).toBeGreaterThan(0);
  });
});
