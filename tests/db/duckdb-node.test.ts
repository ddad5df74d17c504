import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';

let db: Connector;
beforeAll(async () => {
  db = await createNodeConnector();
});

const ipcOf = async (text: string) => tableToIPC(tableFromIPC(await db.queryIpc({ text, params: [] })), 'stream');

describe('the Node connector’s Arrow IPC door', () => {
  it('queryIpc returns the result undecoded, with parameters bound', async () => {
    const table = tableFromIPC(await db.queryIpc(sql`SELECT x, ${'甲'} || x AS name FROM range(3) t(x) WHERE x >= ${1} ORDER BY x`));
    expect(table.toArray().map((r) => r.toJSON())).toEqual([
      { x: 1, name: '甲1' },
      { x: 2, name: '甲2' },
    ]);
  });

  it('insertArrowIpc creates a table from a stream, then appends to it by position', async () => {
    await db.insertArrowIpc('staged', await ipcOf("SELECT 1 AS a, '一' AS b"), { create: true });
    await db.insertArrowIpc('staged', await ipcOf("SELECT 2 AS a, '二' AS b"));
    expect(await db.query(sql`SELECT a, b FROM staged ORDER BY a`)).toEqual([
      { a: 1, b: '一' },
      { a: 2, b: '二' },
    ]);
  });

  it('insertArrowIpc into a table that does not exist fails and creates nothing', async () => {
    await expect(db.insertArrowIpc('nowhere', await ipcOf('SELECT 1 AS a'))).rejects.toThrow();
    expect(await db.query(sql`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'nowhere'`)).toEqual([{ n: 0 }]);
  });
});
