import { beforeAll, describe, expect, it } from 'vitest';
import type { FirstPaintSnapshot } from '../../src/app/snapshot-connector.ts';
import { SNAPSHOT_VERSION, snapshotConnector, snapshotKey } from '../../src/app/snapshot-connector.ts';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';

const question = (n: number) => sql`SELECT ${n} * 2 AS answer`;

// The snapshot answers differently from DuckDB on purpose, so every test can tell who answered.
const snapshot: FirstPaintSnapshot = {
  version: SNAPSHOT_VERSION,
  data: ['cells-abc.csv'],
  entries: [{ ...question(1), rows: [{ answer: 'from the snapshot' }] }],
};

let duckdb: Connector;
beforeAll(async () => {
  duckdb = await createNodeConnector();
});

/** A DuckDB that is "starting" until `ready()` is called. */
function starting() {
  let ready: () => void = () => undefined;
  const database = new Promise<Connector>((resolve) => (ready = () => resolve(duckdb)));
  return { database, ready };
}

const pending = Symbol('pending');
/** The promise's value if it settles within a few macrotasks, else `pending`. */
async function settledSoon<T>(p: Promise<T>): Promise<T | typeof pending> {
  return Promise.race([p, new Promise<typeof pending>((r) => setTimeout(() => r(pending), 20))]);
}

describe('snapshotConnector(snapshot, database)', () => {
  it('answers a query of the snapshot, by exact text and values, while DuckDB is starting', async () => {
    const { database } = starting();
    const db = snapshotConnector(Promise.resolve(snapshot), database);
    expect(await db.query(question(1))).toEqual([{ answer: 'from the snapshot' }]);
  });

  it('makes a query that differs in a bound value or in its text wait for DuckDB', async () => {
    const { database, ready } = starting();
    const db = snapshotConnector(Promise.resolve(snapshot), database);
    const otherValue = db.query(question(2));
    const otherText = db.query({ text: `${question(1).text} `, params: question(1).params });
    expect(await settledSoon(otherValue)).toBe(pending);
    expect(await settledSoon(otherText)).toBe(pending);
    ready();
    expect(await otherValue).toEqual([{ answer: 4 }]);
    expect(await otherText).toEqual([{ answer: 2 }]);
  });

  it('asks DuckDB for everything once it is ready, the snapshot queries too', async () => {
    const { database, ready } = starting();
    const db = snapshotConnector(Promise.resolve(snapshot), database);
    ready();
    await database;
    expect(await db.query(question(1))).toEqual([{ answer: 2 }]);
  });

  it('waits for DuckDB when there is no snapshot', async () => {
    const { database, ready } = starting();
    const db = snapshotConnector(Promise.resolve(null), database);
    const answer = db.query(question(1));
    expect(await settledSoon(answer)).toBe(pending);
    ready();
    expect(await answer).toEqual([{ answer: 2 }]);
  });

  it('hands out copies, so changing an answer never changes the next one', async () => {
    const db = snapshotConnector(Promise.resolve(snapshot), starting().database);
    const first = await db.query(question(1));
    first[0]!.answer = 'changed';
    expect(await db.query(question(1))).toEqual([{ answer: 'from the snapshot' }]);
  });

  it('makes everything but queries wait for DuckDB', async () => {
    const { database, ready } = starting();
    const db = snapshotConnector(Promise.resolve(snapshot), database);
    const sent = db.send('SELECT 7 AS seven');
    expect(await settledSoon(sent)).toBe(pending);
    ready();
    expect((await sent).rows).toEqual([[7]]);
  });

  it('keys a query by its text and values', () => {
    expect(snapshotKey(question(1))).toBe(JSON.stringify([question(1).text, [1]]));
    expect(snapshotKey(question(1))).not.toBe(snapshotKey(question(2)));
  });
});
