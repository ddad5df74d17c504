import { describe, expect, it } from 'vitest';
import { recordingConnector } from '../../src/app/recording-connector.ts';
import { sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';

describe('recordingConnector(db)', () => {
  it('passes queries to DuckDB and keeps each exact query once, with its answer', async () => {
    const { connector, entries } = recordingConnector(await createNodeConnector());
    const half = (n: number) => sql`SELECT ${n} / 2 AS half`;
    expect(await connector.query(half(4))).toEqual([{ half: 2 }]);
    await connector.query(half(4));
    await connector.query(half(6));
    await connector.exec('SELECT 1');
    expect(entries()).toEqual([
      { text: half(4).text, params: [4], rows: [{ half: 2 }] },
      { text: half(6).text, params: [6], rows: [{ half: 3 }] },
    ]);
  });
});
