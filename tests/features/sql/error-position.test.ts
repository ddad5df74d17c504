import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/index.ts';
import { createNodeConnector } from '../../../src/db/node.ts';
import { errorSpan, errorSummary } from '../../../src/features/sql/error-position.ts';

let db: Connector;
beforeAll(async () => {
  db = await createNodeConnector();
});

/** DuckDB's real message for `statement`, and the text of the span mapped from it. */
async function pointed(statement: string): Promise<string | null> {
  const message = await db.send(statement).then(
    () => '',
    (e: Error) => e.message,
  );
  const span = errorSpan(message, statement);
  return span ? statement.slice(span.from, span.to) : null;
}

describe('errorSpan(message, statement) over DuckDB’s own messages', () => {
  it('marks the unknown column of a binder error', async () => {
    expect(await pointed('SELECT nope FROM cells')).toBe('nope');
  });
  it('marks the token of a parser error (whose context DuckDB prints twice)', async () => {
    expect(await pointed('SELECT * FORM cells')).toBe('cells');
  });
  it('counts Chinese characters before the error as two columns, as DuckDB renders them', async () => {
    expect(await pointed("SELECT '政务公开年报分析台' AS a, nope FROM cells")).toBe('nope');
  });
  it('finds the position in a line DuckDB cut with "..."', async () => {
    const long = `SELECT '${'a'.repeat(70)}' AS a, missing_col, '${'c'.repeat(60)}' AS c FROM cells`;
    expect(await pointed(long)).toBe('missing_col');
  });
  it('counts lines of a multi-line statement', async () => {
    const statement = 'SELECT\n  key,\n  wrong_name\nFROM cells';
    const message = await db.send(statement).catch((e: Error) => e.message);
    const span = errorSpan(String(message), statement);
    expect(span && statement.slice(span.from, span.to)).toBe('wrong_name');
    expect(span?.from).toBe(statement.indexOf('wrong_name'));
  });
  it('marks a conversion error', async () => {
    expect(await pointed("SELECT CAST('x' AS INTEGER)")).toBe('CAST');
  });
  it('returns null when the message has no position', () => {
    expect(errorSpan('Invalid Input Error: Cannot change configuration option', 'SET x = 1')).toBeNull();
  });
  it('stays inside the statement when the caret is past the end of the line', () => {
    const message = 'Parser Error: syntax error at end of input\n\nLINE 1: SELECT (\n                ^';
    expect(errorSpan(message, 'SELECT (')).toEqual({ from: 8, to: 8 });
  });
});

describe('errorSummary(message)', () => {
  it('keeps the message and drops the rendered context', () => {
    const message = 'Binder Error: Referenced column "nope" not found\n\nLINE 1: SELECT nope\n               ^';
    expect(errorSummary(message)).toBe('Binder Error: Referenced column "nope" not found');
  });
});
