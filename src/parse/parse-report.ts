import { tableKeys } from '../domain/index.ts';
import type { CellValue, ExtraRow, ReportIssue, TableId, Template } from '../domain/index.ts';
import { moneyCandidates, moneyCell, settleRow } from './cells.ts';
import type { SourceDocument } from './document.ts';
import { lex } from './lex.ts';
import { readMeta } from './meta.ts';
import { canonicalLabel } from './normalize.ts';
import { rules, templateMarkers } from './rules.ts';
import { pairsOf } from './rows.ts';
import { layoutOf, textOf, type Layout } from './sections.ts';
import { readT3 } from './read-t3.ts';
import { columnsOf, readT2, readT4, type TableRead } from './tables.ts';
import type { ParseResult, Token } from './types.ts';
import { hardRuleIssues } from './validate.ts';

const SECTION_NAMES: Record<TableId, string> = { t2: '二', t3: '三', t4: '四' };
const LAST_ROW: Record<'t2' | 't3', RegExp> = { t2: /admin_fees|central_procurement/, t3: /carried_over_out/ };
// Keyed by the document's own section numerals, as stored in reports.narrative_json.
const NARRATIVE: Record<number, string> = { 1: '一', 5: '五', 6: '六' };

function labelText(tokens: Token[]): string {
  return tokens.filter((t) => t.kind === 'text' || t.kind === 'ord').map((t) => canonicalLabel(t.text)).join('');
}

function count(text: string, re: RegExp): number {
  return text.match(new RegExp(re.source, 'g'))?.length ?? 0;
}

/** v2019's single （六）其他处理 row carries numbers; v2021's is a group label over three sub-rows. */
function otherWithValues(tokens: Token[]): boolean {
  return pairsOf(tokens).some((p) => templateMarkers.t3v2019.test(p.label.slice(-6)) && p.values.some((v) => v.kind !== 'blank'));
}

/** Template of t2 and t3 from their own labels; undefined when a table shows no marker. */
export function detectTemplates(tokens: Token[], layout: Layout): Partial<Record<TableId, Template>> {
  const out: Partial<Record<TableId, Template>> = {};
  const region = (id: TableId): Token[] => (layout.tables[id] ? tokens.slice(...layout.tables[id]) : []);
  const t2 = labelText(region('t2'));
  const new2 = count(t2, templateMarkers.t2v2021);
  const old2 = count(t2, templateMarkers.t2v2019);
  if (new2 + old2 > 0) out.t2 = new2 >= old2 ? 'v2021' : 'v2019';
  const t3 = labelText(region('t3'));
  if (templateMarkers.t3v2021.test(t3)) out.t3 = 'v2021';
  else if (otherWithValues(region('t3'))) out.t3 = 'v2019';
  return out;
}

function moneyUnit(tokens: Token[], template: Template): '元' | '万元' | undefined {
  const text = labelText(tokens);
  const at = text.lastIndexOf(template === 'v2019' ? '采购总金额' : '收费金额');
  const header = at < 0 ? '' : text.slice(at, at + 14);
  if (rules.unitWan.test(header)) return '万元';
  if (rules.unitYuan.test(header)) return '元';
  return template === 'v2021' && at >= 0 ? '万元' : undefined;
}

interface Collected {
  cells: Record<string, CellValue>;
  ambiguous: Record<string, number[]>;
  extraRows: ExtraRow[];
  issues: ReportIssue[];
}

const t4ColumnCache = new Map<Template, ReadonlyMap<string, readonly string[]>>();

/** t4 is read as one row of 15 cells: its columns are `group.col`. */
function t4Columns(template: Template): ReadonlyMap<string, readonly string[]> {
  let cols = t4ColumnCache.get(template);
  if (!cols) t4ColumnCache.set(template, (cols = new Map([['all', tableKeys(template, 't4').map((k) => `${k.row}.${k.col}`)]])));
  return cols;
}

function collect(out: Collected, id: TableId, template: Template, read: TableRead, present: boolean): void {
  const cols = id === 't4' ? t4Columns(template) : columnsOf(template, id);
  for (const [row, c] of cols) {
    settleRow(row === 'all' ? id : `${id}.${row}`, c, read.rows.get(row), read.raw.get(row), out);
  }
  out.extraRows.push(...read.extraRows);
  out.issues.push(...read.issues);
  const unsettled = Object.keys(out.ambiguous).filter((k) => k.startsWith(`${id}.`));
  if (unsettled.length > 0) {
    const msg = `${id}: ${unsettled.length} cells have several readings of glued digits; left blank with their candidates`;
    out.issues.push({ rule: 'ambiguous', severity: 'warning', message: msg, cells: unsettled });
  }
  if (!present) {
    const msg = `section ${SECTION_NAMES[id]} missing: truncated?`;
    out.issues.push({ rule: 'truncated', severity: 'error', message: msg, cells: [] });
    return;
  }
  const found = [...read.rows.keys()];
  const missing = [...cols.keys()].filter((r) => !read.rows.has(r));
  if (id !== 't4' && missing.length > 0) {
    const last = LAST_ROW[id].test(found.at(-1) ?? '') ? '' : ' (table ends early: truncated?)';
    const severity = last ? 'error' : 'warning';
    out.issues.push({ rule: last ? 'truncated' : 'missing-rows', severity, message: `${id}: rows not found: ${missing.join(', ')}${last}`, cells: [] });
  }
}

/** Read one report from a format-neutral document. Never throws. */
export function parseDocument(doc: SourceDocument & { publishDate?: string }): ParseResult {
  try {
    return parseUnsafe(doc);
  } catch (e) {
    return { ok: false, file: doc.file, error: `parser error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function readTables(tokens: Token[], layout: Layout, tables: Partial<Record<TableId, Template>>, base: Template): Collected {
  const t2Template = tables.t2 ?? base;
  const t3Template = tables.t3 ?? tables.t2 ?? base;
  const region = (id: TableId): Token[] => (layout.tables[id] ? tokens.slice(...layout.tables[id]) : []);
  const out: Collected = { cells: {}, ambiguous: {}, extraRows: [], issues: [] };
  collect(out, 't2', t2Template, readT2(region('t2'), t2Template), layout.tables.t2 !== undefined);
  collect(out, 't3', t3Template, readT3(region('t3'), t3Template), layout.tables.t3 !== undefined);
  collect(out, 't4', t3Template, readT4(region('t4')), layout.tables.t4 !== undefined);
  const moneyKey = t2Template === 'v2019' ? 't2.central_procurement.amount_wan_yuan' : 't2.admin_fees.amount_wan_yuan';
  const money = out.cells[moneyKey];
  if (money) out.cells[moneyKey] = moneyCell(money, moneyUnit(region('t2'), t2Template));
  const candidates = out.ambiguous[moneyKey];
  if (candidates) out.ambiguous[moneyKey] = moneyCandidates(candidates, out.cells[moneyKey]?.unit);
  out.issues.push(...hardRuleIssues(out.cells, layout.tables.t3 ? t3Template : undefined, layout.tables.t4 !== undefined));
  return out;
}

function narrativeOf(tokens: Token[], layout: Layout): Record<string, string> {
  const narrative: Record<string, string> = {};
  for (const [n, range] of Object.entries(layout.narrative)) {
    if (range) narrative[NARRATIVE[Number(n)] ?? n] = textOf(tokens.slice(...range));
  }
  return narrative;
}

function parseUnsafe(doc: SourceDocument & { publishDate?: string }): ParseResult {
  const fail = (error: string): ParseResult => ({ ok: false, file: doc.file, error });
  const tokens = lex(doc);
  if (!tokens.some((t) => t.kind === 'text')) return fail('empty document: no text');
  const layout = layoutOf(tokens);
  if (!layout.tables.t2 && !layout.tables.t3 && !layout.tables.t4) return fail('not an annual report: no section 二/三/四 tables found');
  const tables = detectTemplates(tokens, layout);
  const found = [...new Set([tables.t2, tables.t3].filter((t): t is Template => t !== undefined))];
  const base = found[0];
  if (!base) return fail('template not recognised: no v2019/v2021 table labels found');
  if (layout.tables.t4) tables.t4 = tables.t3 ?? tables.t2 ?? base;
  const out = readTables(tokens, layout, tables, base);
  const meta = readMeta(doc);
  if (meta.year === null) out.issues.push({ rule: 'no-year', severity: 'warning', message: 'no year in title or file name', cells: [] });
  return {
    ok: true,
    file: doc.file,
    agency: meta.agency,
    year: meta.year,
    template: found.length > 1 ? 'mixed' : base,
    tables,
    title: meta.title,
    publishDate: doc.publishDate ?? null,
    cells: out.cells,
    extraRows: out.extraRows,
    narrative: narrativeOf(tokens, layout),
    issues: out.issues,
    ambiguous: out.ambiguous,
  };
}
