import type { Connector, Row } from '../db/index.ts';
import type { SnapshotEntry } from './snapshot-connector.ts';
import { snapshotKey } from './snapshot-connector.ts';

/** A connector that passes everything to `db` and keeps every answered query (once per exact key). */
export function recordingConnector(db: Connector): { connector: Connector; entries: () => SnapshotEntry[] } {
  const answered = new Map<string, SnapshotEntry>();
  const connector: Connector = {
    ...db,
    async query<T extends Row = Row>(q: Parameters<Connector['query']>[0]): Promise<T[]> {
      const rows = await db.query<T>(q);
      answered.set(snapshotKey(q), { text: q.text, params: q.params, rows: structuredClone(rows) });
      return rows;
    },
  };
  return { connector, entries: () => [...answered.values()] };
}
