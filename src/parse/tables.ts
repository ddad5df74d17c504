import { tableKeys } from '../domain/index.ts';
import type { ExtraRow, ReportIssue, TableId, Template } from '../domain/index.ts';
import { atomOf } from './cells.ts';
import { matchRows, pairsOf } from './rows.ts';
import { t2Rows, type RowRule } from './rules.ts';
import { filterBy, rowSums } from './solve.ts';
import { splitRow, type RowSplits } from './splits.ts';
import type { Slot, Token } from './types.ts';

/** Candidate rows of one table, keyed by row id, with the raw text each row was read from. */
export interface TableRead {
  rows: Map<string, RowSplits>;
  raw: Map<string, string>;
  extraRows: ExtraRow[];
  issues: ReportIssue[];
}

const columnCache = new Map<string, ReadonlyMap<string, readonly string[]>>();

/** Column ids of each row of a table, in template order. */
export function columnsOf(template: Template, table: TableId): ReadonlyMap<string, readonly string[]> {
  const id = `${template}.${table}`;
  let cols = columnCache.get(id);
  if (!cols) {
    const built = new Map<string, string[]>();
    for (const k of tableKeys(template, table)) built.set(k.row, [...(built.get(k.row) ?? []), k.col]);
    columnCache.set(id, (cols = built));
  }
  return cols;
}

/** An issue found while reading a table. */
export function issue(rule: string, severity: ReportIssue['severity'], message: string, cells: string[] = []): ReportIssue {
  return { rule, severity, message, cells };
}

/** Match a table's rows by label and read each row's values as candidate splits. */
export function readRows(table: TableId, tokens: Token[], rules: RowRule[], cols: ReadonlyMap<string, readonly string[]>): TableRead {
  const widths = new Map([...cols].map(([row, c]) => [row, c.length]));
  const { matches, extra } = matchRows(tokens, rules, widths);
  const read: TableRead = { rows: new Map(), raw: new Map(), extraRows: [], issues: [] };
  for (const [row, m] of matches) {
    const n = cols.get(row)?.length ?? 0;
    const atoms = m.values.map(atomOf);
    const splits = splitRow(atoms, n, { labelSpans: table === 't3' });
    read.rows.set(row, splits);
    read.raw.set(row, atoms.map((a) => a.raw.trim()).filter((r) => r !== '').join(' '));
    const at = m.pair.labelTokens[0]?.pos;
    const where = at && 'line' in at ? ` (line ${at.line})` : '';
    if (splits.problem) {
      const got = atoms.filter((a) => a.raw.trim() !== '').length;
      const msg = `${table}.${row}${where}: ${got} values for ${n} columns, cells left blank`;
      read.issues.push(issue('row-shape', 'warning', msg, (cols.get(row) ?? []).map((c) => `${table}.${row}.${c}`)));
    }
    if (splits.capped) read.issues.push(issue('split-cap', 'warning', `${table}.${row}${where}: too many ways to split`));
  }
  for (const e of extra) {
    const atoms = e.values.map(atomOf).filter((a) => a.raw.trim() !== '');
    read.extraRows.push({ table, label: e.label, raw: atoms.map((a) => a.raw), values: atoms.map((a) => a.value) });
  }
  return read;
}

/**
 * Keep the candidates that satisfy a sum rule. When glued digits had to be split and no split satisfies
 * it, a cell was probably blank in the source (`&nbsp;`): the row is not read rather than misread.
 */
export function mustFit(read: TableRead, what: string, s: RowSplits, test: (v: Slot[]) => boolean | undefined, rule: string): RowSplits {
  if (s.split && s.vectors.length > 0 && s.vectors.every((v) => test(v) === false)) {
    read.issues.push(issue('unreadable-row', 'warning', `${what}: no split of its glued digits satisfies ${rule}; cells left blank`));
    return { ...s, vectors: [] };
  }
  return { ...s, vectors: filterBy(s.vectors, test) };
}

/** Read t2 (proactive disclosure) of a template. */
export function readT2(tokens: Token[], template: Template): TableRead {
  return readRows('t2', tokens, t2Rows[template], columnsOf(template, 't2'));
}

const t4Group = (v: readonly Slot[], g: number): boolean | undefined => rowSums(v.slice(g * 5, g * 5 + 5));

const filledCount = (values: Token[]): number => values.filter((t) => t.kind !== 'blank').length;

/** The 15 t4 values: the first run of values after the header, or up to three runs each led by a group label. */
function t4Values(tokens: Token[]): Token[] {
  const pairs = pairsOf(tokens);
  const first = pairs.findIndex((p) => filledCount(p.values) > 0);
  const values = [...(pairs[first]?.values ?? [])];
  for (let i = first + 1; i > 0 && i < pairs.length && filledCount(values) < 15; i++) {
    const p = pairs[i];
    if (!p || p.label.length > 24 || !/复议|诉讼|起诉/.test(p.label) || filledCount(p.values) === 0) break;
    values.push(...p.values);
  }
  return values;
}

/** Read t4 (review and litigation): ignore the scrambled header, read 15 numbers, settle runs by R4. */
export function readT4(tokens: Token[]): TableRead {
  const read: TableRead = { rows: new Map(), raw: new Map(), extraRows: [], issues: [] };
  const atoms = t4Values(tokens).map(atomOf);
  if (atoms.length === 0) return read;
  const prune = (p: readonly Slot[]): boolean => p.length % 5 !== 0 || t4Group(p, p.length / 5 - 1) !== false;
  let splits = splitRow(atoms, 15, { prune });
  if (splits.vectors.length === 0) splits = splitRow(atoms, 15);
  const fit = mustFit(read, 't4', splits, (v) => [0, 1, 2].every((g) => t4Group(v, g) !== false), 'R4');
  let vectors = fit.vectors;
  for (const g of [0, 1, 2]) vectors = filterBy(vectors, (v) => t4Group(v, g));
  read.rows.set('all', { ...fit, vectors });
  read.raw.set('all', atoms.map((a) => a.raw.trim()).filter((r) => r !== '').join(' '));
  if (splits.problem) read.issues.push(issue('row-shape', 'warning', `t4: ${filledCount(t4Values(tokens))} values for 15 cells`));
  if (splits.capped) read.issues.push(issue('split-cap', 'warning', 't4: too many ways to split'));
  return read;
}
