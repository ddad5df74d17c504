/** A prepared statement as far as the cache needs it. */
export interface Closable {
  close(): Promise<void>;
}

interface Entry<S> {
  statement: Promise<S>;
  users: number;
}

/**
 * Prepared statements kept by SQL text, least recently used evicted past `capacity`: a view's queries
 * repeat the same text with new parameters, and prepare + close are two extra worker round trips per
 * query. A statement is closed only when no query is using it.
 */
export function statementCache<S extends Closable>(prepare: (text: string) => Promise<S>, capacity: number) {
  const entries = new Map<string, Entry<S>>();

  const close = (entry: Entry<S>) => entry.statement.then((s) => s.close(), () => undefined).catch(() => undefined);

  function evict(): void {
    for (const [text, entry] of entries) {
      if (entries.size <= capacity) return;
      if (entry.users > 0) continue;
      entries.delete(text);
      void close(entry);
    }
  }

  /** Run `use` with the statement for `text`, preparing it on first use. */
  async function withStatement<T>(text: string, use: (statement: S) => Promise<T>): Promise<T> {
    let entry = entries.get(text);
    if (entry) entries.delete(text); // re-inserted below: Map order is the recency order
    entry ??= { statement: prepare(text), users: 0 };
    entries.set(text, entry);
    entry.users++;
    try {
      return await use(await entry.statement);
    } catch (error) {
      // A statement that failed (to prepare or to run) is not handed to the next caller.
      if (entries.get(text) === entry) entries.delete(text);
      throw error;
    } finally {
      entry.users--;
      if (entry.users === 0 && entries.get(text) !== entry) void close(entry);
      evict();
    }
  }

  return { withStatement, size: () => entries.size };
}
