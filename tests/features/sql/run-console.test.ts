import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/index.ts';
import { EXAMPLES } from '../../../src/features/sql/examples.ts';
import { RESULT_EXPORTS } from '../../../src/features/sql/export-result.ts';
import { guardReadOnly } from '../../../src/features/sql/read-only-guard.ts';
import type { ConsoleFailure } from '../../../src/features/sql/run-console.ts';
import { ConsoleError, runConsole } from '../../../src/features/sql/run-console.ts';
import { buildSchema, schemaColumnsSql } from '../../../src/features/sql/schema-query.ts';
import { parseSchemaComments } from '../../../src/features/sql/schema-comments.ts';
import { packOf } from '../../../src/load/index.ts';
import { demoDb, openedPack } from '../../load/pack/demo-pack.ts';
import { fixtureDb } from '../../queries/fixture-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureDb();
});

async function failure(script: string, signal?: AbortSignal): Promise<ConsoleFailure> {
  try {
    await runConsole(db, script, signal);
  } catch (e) {
    if (e instanceof ConsoleError) return e.failure;
    throw e;
  }
  throw new Error(`ran: ${script}`);
}

const cellCount = async () => (await db.send('SELECT count(*) AS n FROM cells')).rows[0]?.[0];

describe('runConsole(db, script, signal)', () => {
  it('returns columns with Arrow types and rows in column order, names repeated as written', async () => {
    // Arrow JS gives same-named fields one type (the last one's), so the repeated names share a type here.
    const run = await runConsole(db, "SELECT 1 AS a, 2 AS a, 'x' AS s, DATE '2024-01-02' AS d, [1, 2] AS l, NULL::INT AS n");
    expect(run.result.columns.map((c) => `${c.name}:${c.type}`)).toEqual(['a:Int32', 'a:Int32', 's:Utf8', 'd:Date32<DAY>', 'l:List<Int32>', 'n:Int32']);
    expect(run.result.rows).toEqual([[1, 2, 'x', '2024-01-02', [1, 2], null]]);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('runs every statement and shows the last one’s result', async () => {
    const run = await runConsole(db, 'SELECT 1;\nSELECT count(*) AS n FROM cells;');
    expect(run.statements).toBe(2);
    expect(run.last.text).toBe('SELECT count(*) AS n FROM cells');
    expect(run.result.rows[0]?.[0]).toBe(await cellCount());
  });

  it('refuses DROP TABLE cells and DELETE FROM cells, and the data is intact', async () => {
    const before = await cellCount();
    expect(before).toBeGreaterThan(0);
    expect(await failure('DROP TABLE cells')).toMatchObject({ kind: 'refused', refusal: { reason: 'statement', detail: 'drop' } });
    expect(await failure('SELECT 1; DELETE FROM cells')).toMatchObject({ kind: 'refused', refusal: { statement: 2, detail: 'delete' } });
    expect(await cellCount()).toBe(before);
  });

  it('refuses SET, and the engine has its configuration locked anyway', async () => {
    expect(await failure('SET autoload_known_extensions = true')).toMatchObject({ kind: 'refused', refusal: { detail: 'set' } });
    await expect(db.send('SET autoload_known_extensions = true')).rejects.toThrow(/configuration has been locked/);
    await expect(db.send('SET autoinstall_known_extensions = true')).rejects.toThrow(/locked/);
  });

  it('reports DuckDB’s own message with the span it points at, as offsets into the script', async () => {
    const script = 'SELECT 1;\nSELECT nope\nFROM cells';
    const f = await failure(script);
    expect(f).toMatchObject({ kind: 'engine', statement: 2 });
    if (f.kind !== 'engine' || !f.span) throw new Error('no span');
    expect(f.message).toContain('Binder Error');
    expect(f.summary).not.toContain('LINE');
    expect(script.slice(f.span.from, f.span.to)).toBe('nope');
  });

  it('reports a run whose signal is aborted as cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await failure('SELECT 1', controller.signal)).toEqual({ kind: 'cancelled' });
  });

  it.each(EXAMPLES.map((e) => [e.id, e.sql]))('example %s passes the guard and runs', async (_, sql) => {
    const run = await runConsole(db, sql);
    expect(run.result.columns.length).toBeGreaterThan(1);
  });
});

describe('buildSchema(rows, notes) over DuckDB’s catalogue', () => {
  it('lists tables and views with columns, types and schema.sql descriptions', async () => {
    const rows = await db.query<{ table_name: string; kind: 'table' | 'view'; column_name: string; data_type: string }>(schemaColumnsSql());
    const schema = buildSchema(rows, parseSchemaComments((await import('../../../src/db/schema.sql?raw')).default));
    const cells = schema.find((t) => t.name === 'cells');
    expect(cells?.kind).toBe('table');
    expect(cells?.description).toContain('canonical cell');
    expect(cells?.columns.find((c) => c.name === 'value')).toMatchObject({ type: 'DOUBLE' });
    expect(schema.find((t) => t.name === 'report_list')?.kind).toBe('view');
    expect(schema.findIndex((t) => t.kind === 'view')).toBeGreaterThan(schema.findIndex((t) => t.name === 'cells'));
  });
});

const exportCsv = (db: Connector, statement: never) => {
  const csv = RESULT_EXPORTS.find((e) => e.id === 'csv');
  if (!csv) throw new Error('no csv export');
  return csv.build(db, statement);
};

describe('RESULT_EXPORTS csv', () => {
  it('writes DuckDB’s CSV with a header, behind a UTF-8 BOM', async () => {
    const g = guardReadOnly("SELECT '公开, \"率\"' AS label, 1.5 AS v");
    if (!g.ok) throw new Error('refused');
    const bytes = await exportCsv(db, g.statements[0] as never);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('label,v\n"公开, ""率""",1.5\n');
  });

  it('refuses a statement whose parentheses would close the COPY early', async () => {
    const g = guardReadOnly("SELECT 1) TO 'y.csv' (HEADER");
    if (!g.ok) throw new Error('refused');
    await expect(exportCsv(db, g.statements[0] as never)).rejects.toThrow(/unbalanced/);
  });
});

describe('runConsole over a pack', () => {
  it('loads every region’s requests rows before a statement that names requests, and not for requests_cube', async () => {
    const whole = await demoDb();
    const { db: onPack, pack } = await openedPack(whole);
    await runConsole(onPack, 'SELECT count(*) FROM requests_cube');
    expect(packOf(onPack)?.requestsLoaded().size).toBe(0);
    const run = await runConsole(onPack, 'SELECT count(*) AS n, sum(total) AS t FROM requests');
    const want = await whole.send('SELECT count(*) AS n, sum(total) AS t FROM requests');
    expect(run.result.rows).toEqual(want.rows);
    expect(Number(want.rows[0]?.[0])).toBeGreaterThan(1000);
  }, 60_000);
});
