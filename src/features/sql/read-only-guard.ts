import type { Statement, Token } from './sql-tokens.ts';
import { splitStatements } from './sql-tokens.ts';

/** Why a statement was refused; `detail` names the keyword, function, pragma or path. */
export type RefusalReason = 'empty' | 'statement' | 'keyword' | 'function' | 'path' | 'pragma';

export interface Refusal {
  /** 1-based position of the statement in the script. */
  statement: number;
  reason: RefusalReason;
  detail: string;
  /** Offsets of the offending token in the script. */
  start: number;
  end: number;
}

export type GuardResult = { ok: true; statements: Statement[] } | { ok: false; refusal: Refusal };

const READ_STARTS = new Set([
  'select', 'with', 'from', 'values', 'table', 'explain', 'describe', 'summarize', 'show', 'pragma',
  'pivot', 'unpivot', 'pivot_wider', 'pivot_longer',
]);

// Statements that write, change settings or reach files, refused wherever they appear unquoted (a data-
// modifying CTE, EXPLAIN ANALYZE DELETE …). A column with such a name can still be written "quoted".
const WRITE_WORDS = new Set([
  'set', 'reset', 'install', 'load', 'attach', 'detach', 'copy', 'export', 'import', 'create', 'insert',
  'update', 'delete', 'drop', 'alter', 'call', 'checkpoint', 'vacuum', 'truncate', 'merge', 'pragma',
]);

const READ_PRAGMAS = new Set([
  'table_info', 'show', 'show_tables', 'show_tables_expanded', 'database_list', 'database_size', 'version',
  'platform', 'functions', 'collations', 'storage_info', 'metadata_info', 'user_agent',
]);

/** Table functions that read files or URLs, or run SQL text the guard cannot see. */
const FILE_FUNCTION = /^(read_|parquet_|sniff_|iceberg_|delta_|sqlite_|postgres_|mysql_)|_scan$|^(glob|query|query_table|getenv)$/;

/** A name DuckDB would resolve as a file (replacement scan) or a URL. */
export function looksLikePath(name: string): boolean {
  return /:\/\/|[\\/]|^~/.test(name) || /\.(csv|tsv|txt|json|jsonl|ndjson|parquet|arrow|xlsx?|gz|zst|db|duckdb|sqlite)$/i.test(name);
}

const TABLE_POSITION = new Set(['from', 'join', 'describe', 'summarize', 'show', 'table', 'pivot', 'unpivot']);
const CLAUSE_END = new Set(['where', 'group', 'having', 'order', 'limit', 'qualify', 'window', 'union', 'except',
  'intersect', 'on', 'using', 'select', 'returning', 'offset']);

type Finding = Omit<Refusal, 'statement'>;

const refuse = (reason: RefusalReason, t: Token, detail = t.value): Finding => ({ reason, detail, start: t.start, end: t.end });

function checkStart(tokens: Token[]): Finding | null {
  const first = tokens.find((t) => !(t.kind === 'punct' && t.value === '('));
  if (!first) return null;
  if (first.kind !== 'word' || !READ_STARTS.has(first.value)) return refuse('statement', first);
  if (first.value !== 'pragma') return null;
  const name = tokens[tokens.indexOf(first) + 1];
  const assigns = tokens.some((t) => t.kind === 'punct' && t.value === '=');
  if (!name || name.kind !== 'word' || !READ_PRAGMAS.has(name.value) || assigns) return refuse('pragma', name ?? first);
  return null;
}

/** Scan a statement's tokens for writes, file functions, and files or URLs used as tables. */
function checkBody(tokens: Token[]): Finding | null {
  const inFrom: boolean[] = [false];
  let expectTable = false;
  for (const [i, t] of tokens.entries()) {
    const prev = tokens[i - 1];
    const following = tokens[i + 1];
    const qualified = prev?.kind === 'punct' && prev.value === '.';
    const tableHere = expectTable;
    expectTable = false;
    const called = following?.kind === 'punct' && following.value === '(';
    // Schema-qualified (main.read_csv) and quoted ("READ_CSV") names call the same function.
    if ((t.kind === 'word' || t.kind === 'quoted') && called && FILE_FUNCTION.test(t.value.toLowerCase())) {
      return refuse('function', t);
    }
    if (t.kind === 'word' && !qualified) {
      if (WRITE_WORDS.has(t.value) && i > 0) return refuse('keyword', t);
      if (TABLE_POSITION.has(t.value)) {
        inFrom[inFrom.length - 1] = true;
        expectTable = true;
      } else if (CLAUSE_END.has(t.value)) inFrom[inFrom.length - 1] = false;
    } else if (t.kind === 'string' && tableHere) return refuse('path', t);
    else if (t.kind === 'quoted' && tableHere && looksLikePath(t.value)) return refuse('path', t);
    else if (t.kind === 'punct') {
      if (t.value === '(') inFrom.push(false);
      else if (t.value === ')' && inFrom.length > 1) inFrom.pop();
      else if (t.value === ',' && inFrom[inFrom.length - 1]) expectTable = true;
    }
  }
  return null;
}

/**
 * Accept only read statements. Every statement of the script must pass; the first refusal names the
 * statement, the reason and the offending token. Configuration is also locked in the engine: this guard is
 * what keeps the console from writing, reading files or reaching the network by accident.
 */
export function guardReadOnly(script: string): GuardResult {
  const statements = splitStatements(script);
  if (statements.length === 0) return { ok: false, refusal: { statement: 0, reason: 'empty', detail: '', start: 0, end: 0 } };
  for (const [i, s] of statements.entries()) {
    const finding = checkStart(s.tokens) ?? checkBody(s.tokens);
    if (finding) return { ok: false, refusal: { statement: i + 1, ...finding } };
  }
  return { ok: true, statements };
}
