import { describe, expect, it } from 'vitest';
import { guardReadOnly, looksLikePath } from '../../../src/features/sql/read-only-guard.ts';

const refusal = (script: string) => {
  const g = guardReadOnly(script);
  if (g.ok) throw new Error(`accepted: ${script}`);
  return g.refusal;
};

describe('guardReadOnly(script) accepts read statements', () => {
  it.each([
    'SELECT 1',
    'select * from cells limit 5',
    'WITH x AS (SELECT 1 AS a) SELECT * FROM x',
    'FROM cells',
    'FROM cells SELECT key WHERE value > 1',
    'VALUES (1), (2)',
    'TABLE cells',
    'EXPLAIN SELECT 1',
    'EXPLAIN ANALYZE SELECT count(*) FROM cells',
    'DESCRIBE cells',
    'DESCRIBE SELECT 1',
    'SUMMARIZE cells',
    'SHOW TABLES',
    'SHOW ALL TABLES',
    "PRAGMA table_info('cells')",
    'PRAGMA show_tables',
    'PRAGMA database_size',
    '(SELECT 1) UNION (SELECT 2)',
    'PIVOT cells ON unit USING count(*)',
    "SELECT 'DROP TABLE cells; DELETE FROM cells'",
    'SELECT 1 -- DROP TABLE cells',
    '/* DELETE FROM cells; /* nested */ still comment */ SELECT 1',
    'SELECT "update", "set" FROM (SELECT 1 AS "update", 2 AS "set")',
    'SELECT t.set FROM (SELECT 1 AS "set") t',
    "SELECT * FROM reports WHERE source_file = 'data/reports/a.pdf'",
    "SELECT * FROM reports WHERE source_file IN ('a/b.html', 'https://x.gov.cn/y.pdf')",
    "SELECT 'https://example.com' AS url, 'a.csv' AS name FROM cells",
    'SELECT $$DROP TABLE cells$$',
    "SELECT E'it\\'s; DROP TABLE cells'",
    'SELECT * FROM cells, reports WHERE cells.report_id = reports.report_id',
    'SELECT * FROM cells c JOIN reports r USING (report_id)',
    'SELECT * FROM duckdb_columns()',
    "SELECT * FROM pragma_table_info('cells')",
    'SELECT read_count FROM (SELECT 1 AS read_count)',
  ])('%s', (script) => {
    expect(guardReadOnly(script).ok).toBe(true);
  });

  it('splits a script into statements at top-level semicolons only', () => {
    const g = guardReadOnly("SELECT 1; SELECT ';' AS semi;\n-- trailing comment\n");
    expect(g.ok && g.statements.map((s) => s.text)).toEqual(['SELECT 1', "SELECT ';' AS semi"]);
  });
});

describe('guardReadOnly(script) refuses statements that are not reads', () => {
  it.each([
    ['DROP TABLE cells', 'drop'],
    ['DELETE FROM cells', 'delete'],
    ['SET autoload_known_extensions = true', 'set'],
    ['SET lock_configuration = false', 'set'],
    ['set GLOBAL autoinstall_known_extensions = true', 'set'],
    ['RESET lock_configuration', 'reset'],
    ['INSTALL httpfs', 'install'],
    ['LOAD httpfs', 'load'],
    ["ATTACH 'other.db' AS o", 'attach'],
    ['DETACH o', 'detach'],
    ["COPY cells TO 'cells.csv'", 'copy'],
    ["EXPORT DATABASE 'dump'", 'export'],
    ["IMPORT DATABASE 'dump'", 'import'],
    ['CREATE TABLE x AS SELECT 1', 'create'],
    ['CREATE OR REPLACE VIEW report_list AS SELECT 1', 'create'],
    ["INSERT INTO cells VALUES ('r', 'k', 1, '1', NULL)", 'insert'],
    ['UPDATE cells SET value = 0', 'update'],
    ['ALTER TABLE cells RENAME TO c', 'alter'],
    ['CALL dbgen(sf = 1)', 'call'],
    ['CHECKPOINT', 'checkpoint'],
    ['TRUNCATE cells', 'truncate'],
    ['VACUUM', 'vacuum'],
    ['BEGIN TRANSACTION', 'begin'],
    ['USE memory', 'use'],
    ['PREPARE p AS SELECT 1', 'prepare'],
  ])('%s', (script, word) => {
    expect(refusal(script)).toMatchObject({ statement: 1, reason: 'statement', detail: word });
  });

  it('names the statement of a script that fails, every statement being checked', () => {
    expect(refusal('SELECT 1;\nSELECT 2;\nDROP TABLE cells')).toMatchObject({ statement: 3, reason: 'statement', detail: 'drop' });
  });

  it('points at the offending token', () => {
    const script = 'SELECT 1; DELETE FROM cells';
    const r = refusal(script);
    expect(script.slice(r.start, r.end)).toBe('DELETE');
  });

  it.each([
    ['WITH x AS (DELETE FROM cells RETURNING *) SELECT * FROM x', 'delete'],
    ['EXPLAIN ANALYZE DELETE FROM cells', 'delete'],
    ['EXPLAIN CREATE TABLE x (a INT)', 'create'],
    ['SELECT 1 AS drop', 'drop'],
    ['DESCRIBE SELECT 1; PRAGMA table_info(x); SELECT 1 FROM t WHERE 1=1 AND load', 'load'],
  ])('refuses write keywords anywhere unquoted: %s', (script, word) => {
    expect(refusal(script)).toMatchObject({ reason: 'keyword', detail: word });
  });

  it.each([
    "SELECT * FROM read_csv('x.csv')",
    "SELECT * FROM READ_CSV_AUTO('x.csv')",
    "FROM read_text('/etc/passwd')",
    "FROM read_blob('x')",
    "SELECT * FROM read_json('x.json')",
    "SELECT * FROM read_json_auto('x.json')",
    "SELECT * FROM read_ndjson_objects('x')",
    "SELECT * FROM read_parquet('https://example.com/x.parquet')",
    "SELECT * FROM parquet_scan('x.parquet')",
    "SELECT * FROM parquet_metadata('x.parquet')",
    "SELECT * FROM glob('*')",
    "SELECT * FROM sniff_csv('x.csv')",
    "SELECT * FROM query('SELECT * FROM read_csv(''x.csv'')')",
    "SELECT * FROM query_table('cells')",
    "SELECT * FROM sqlite_scan('x.db', 't')",
    "SELECT * FROM cells WHERE key IN (SELECT column0 FROM read_csv ('k.csv'))",
    "SELECT * FROM main.read_csv('x.csv')",
    "SELECT * FROM system.main.read_text('x')",
    'SELECT * FROM "read_csv"(\'x.csv\')',
    'SELECT * FROM "READ_PARQUET"(\'x.parquet\')',
  ])('refuses table functions that read files or run SQL text: %s', (script) => {
    expect(refusal(script).reason).toBe('function');
  });

  it.each([
    ["SELECT * FROM 'data.csv'", 'data.csv'],
    ["FROM 'https://example.com/x.parquet'", 'https://example.com/x.parquet'],
    ["SELECT * FROM 'anything'", 'anything'],
    ['SELECT * FROM "cells.csv"', 'cells.csv'],
    ['SELECT * FROM "s3://bucket/x"', 's3://bucket/x'],
    ["SELECT * FROM cells, 'x.csv'", 'x.csv'],
    ["SELECT * FROM cells c JOIN 'x.csv' USING (key)", 'x.csv'],
    ["SELECT * FROM (SELECT * FROM 'inner.parquet')", 'inner.parquet'],
    ["DESCRIBE 'x.csv'", 'x.csv'],
    ["SUMMARIZE 'https://a.example/b.csv'", 'https://a.example/b.csv'],
  ])('refuses a file or URL used as a table: %s', (script, path) => {
    expect(refusal(script)).toMatchObject({ reason: 'path', detail: path });
  });

  it.each(['PRAGMA enable_profiling', "PRAGMA memory_limit = '1GB'", 'PRAGMA threads = 1', 'PRAGMA disable_optimizer'])(
    'refuses pragmas other than read-only information: %s',
    (script) => {
      expect(refusal(script).reason).toBe('pragma');
    },
  );

  it.each(['', '   ', '-- just a comment', '/* nothing */ ;;'])('refuses an empty script: %j', (script) => {
    expect(refusal(script)).toMatchObject({ statement: 0, reason: 'empty' });
  });
});

describe('looksLikePath(name)', () => {
  it.each(['a.csv', 'dir/file', 'C:\\x\\y', 'http://x', 's3://b/k', '~/data', 'x.PARQUET', 'x.json.gz'])('%s is a path', (n) => {
    expect(looksLikePath(n)).toBe(true);
  });
  it.each(['cells', 'report_list', '政务公开', 'v2.1'])('%s is not', (n) => {
    expect(looksLikePath(n)).toBe(false);
  });
});
