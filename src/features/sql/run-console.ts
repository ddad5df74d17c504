import type { Connector, QueryResult } from '../../db/index.ts';
import { ensureAllRequests } from '../../load/index.ts';
import type { ErrorSpan } from './error-position.ts';
import { errorSpan, errorSummary } from './error-position.ts';
import type { Refusal } from './read-only-guard.ts';
import { guardReadOnly } from './read-only-guard.ts';
import type { Statement } from './sql-tokens.ts';

/** Why a run produced no result. Spans are offsets into the whole script. */
export type ConsoleFailure =
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'engine'; statement: number; summary: string; message: string; span: ErrorSpan | null }
  | { kind: 'cancelled' };

export class ConsoleError extends Error {
  constructor(readonly failure: ConsoleFailure) {
    super(failure.kind === 'engine' ? failure.message : failure.kind);
  }
}

/** The result of the script's last statement, and how long the whole script took. */
export interface ConsoleRun {
  result: QueryResult;
  elapsedMs: number;
  statements: number;
  /** The last statement, which the result and an export come from. */
  last: Statement;
}

function engineFailure(e: unknown, s: Statement, index: number): ConsoleFailure {
  const message = e instanceof Error ? e.message : String(e);
  const span = errorSpan(message, s.text);
  return {
    kind: 'engine',
    statement: index + 1,
    summary: errorSummary(message),
    message,
    span: span ? { from: s.start + span.from, to: s.start + span.to } : null,
  };
}

// Over a pack, requests holds the regions loaded so far (requests_cube is whole): a statement naming it loads the rest first.
const NAMES_REQUESTS = /\brequests\b/i;

/** Guard the script, then run its statements one by one (DuckDB's pending queries take one at a time). */
export async function runConsole(db: Connector, script: string, signal?: AbortSignal): Promise<ConsoleRun> {
  const guarded = guardReadOnly(script);
  if (!guarded.ok) throw new ConsoleError({ kind: 'refused', refusal: guarded.refusal });
  const started = performance.now();
  let result: QueryResult = { columns: [], rows: [] };
  for (const [i, s] of guarded.statements.entries()) {
    try {
      if (NAMES_REQUESTS.test(s.text)) await ensureAllRequests(db);
      result = await db.send(s.text, signal);
    } catch (e) {
      if (signal?.aborted) throw new ConsoleError({ kind: 'cancelled' });
      throw new ConsoleError(engineFailure(e, s, i));
    }
  }
  const last = guarded.statements[guarded.statements.length - 1] as Statement;
  return { result, elapsedMs: performance.now() - started, statements: guarded.statements.length, last };
}
