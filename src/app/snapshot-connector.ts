import type { Connector, Row, Sql } from '../db/index.ts';

/** One answer of the first-paint snapshot: a query of the default first screen and its rows. */
export interface SnapshotEntry {
  text: string;
  params: Sql['params'];
  rows: Row[];
}

/** The default first screen's answers, computed at build time over the embedded data (scripts/first-paint.ts). */
export interface FirstPaintSnapshot {
  version: typeof SNAPSHOT_VERSION;
  /** The data files (built asset names) the answers were computed from. */
  data: string[];
  entries: SnapshotEntry[];
}

export const SNAPSHOT_VERSION = 1;

/** The exact identity of a query: its SQL text and bound values. */
export const snapshotKey = (q: Sql): string => JSON.stringify([q.text, q.params]);

/**
 * A Connector that answers the snapshot's exact queries while DuckDB is starting and everything from
 * DuckDB once it is ready. Other queries and all other calls wait for DuckDB. Pass a null snapshot to
 * always wait for DuckDB.
 */
export function snapshotConnector(snapshot: Promise<FirstPaintSnapshot | null>, database: Promise<Connector>): Connector {
  let ready: Connector | undefined;
  database.then((db) => (ready = db), () => undefined);
  const answers = snapshot.then(
    (s) => new Map((s?.entries ?? []).map((e) => [snapshotKey(e), e.rows] as const)),
    () => new Map<string, Row[]>(),
  );

  async function query<T extends Row = Row>(q: Sql): Promise<T[]> {
    if (ready) return ready.query<T>(q);
    const rows = (await answers).get(snapshotKey(q));
    // Copies, so a caller that changes its rows never changes a later answer.
    if (rows && !ready) return structuredClone(rows) as T[];
    return (await database).query<T>(q);
  }

  return {
    query,
    exec: async (text) => (await database).exec(text),
    registerFile: async (name, bytes) => (await database).registerFile(name, bytes),
    dropFile: async (name) => (await database).dropFile(name),
    // A name only: the Node scratch directory is made on demand, and the browser needs no engine for it.
    scratchPath: (name) => (ready ? ready.scratchPath(name) : name),
    readFile: async (name) => (await database).readFile(name),
    cancel: async () => (ready ? ready.cancel() : false),
    send: async (text, signal) => (await database).send(text, signal),
    queryIpc: async (q) => (await database).queryIpc(q),
    insertArrowIpc: async (name, ipc, options) => (await database).insertArrowIpc(name, ipc, options),
  };
}
