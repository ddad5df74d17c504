import type { CellKey, ReportRecord, TableId, Template } from '../domain/index.ts';
import { cellKeys, tableKeys, TEMPLATES } from '../domain/index.ts';

const KEY_MAPS: Record<Template, Map<string, CellKey>> = {
  v2019: new Map(cellKeys('v2019').map((k) => [k.key, k])),
  v2021: new Map(cellKeys('v2021').map((k) => [k.key, k])),
};

const TABLE_KEYS: Record<Template, Record<TableId, readonly CellKey[]>> = {
  v2019: { t2: tableKeys('v2019', 't2'), t3: tableKeys('v2019', 't3'), t4: tableKeys('v2019', 't4') },
  v2021: { t2: tableKeys('v2021', 't2'), t3: tableKeys('v2021', 't3'), t4: tableKeys('v2021', 't4') },
};

/** The canonical cells of one table of a template (cached `tableKeys`). */
export function keysOf(template: Template, table: TableId): readonly CellKey[] {
  return TABLE_KEYS[template][table];
}

/** Keys only one template has, used when a record does not say which template a table follows. */
const MARKERS: Record<TableId, Record<Template, string>> = {
  t2: { v2019: 't2.licensing.prev_year_items', v2021: 't2.regulations.in_force' },
  t3: { v2019: 't3.other.total', v2021: 't3.other_misc.total' },
  t4: { v2019: 't4.review.total', v2021: 't4.review.total' },
};

/** The template a table of a record follows, or null when neither the record nor its cells say. */
export function tableTemplate(record: ReportRecord, table: TableId): Template | null {
  const declared = record.tables[table] ?? (record.template === 'mixed' ? undefined : record.template);
  if (declared) return declared;
  const found = TEMPLATES.filter((t) => Object.hasOwn(record.cells, MARKERS[table][t]));
  return found.length >= 1 ? (found[0] ?? null) : null;
}

/** The normalised value of a cell, null when blank, ambiguous or absent. */
export function valueOf(record: ReportRecord, key: string): number | null {
  const v = record.cells[key]?.value;
  return v === undefined || v === null || !Number.isFinite(v) ? null : v;
}

/** Drops long explanatory parentheses from a row label: "（二）部分公开（区分处理的…）" → "（二）部分公开". */
const shortRow = (label: string): string => label.replace(/[（(][^（）()]{5,}[）)]$/u, '').replace(/政府信息公开申请数量$/u, '');

/** Chinese name of a cell in the template's own words, e.g. "（七）总计 自然人". */
export function labelZh(template: Template, key: string): string {
  const k = KEY_MAPS[template].get(key);
  if (!k) return key;
  const row = shortRow(k.rowLabel);
  return k.table === 't2' ? `${row} ${k.colLabel.replace(/ \(.*\)$/u, '')}` : `${row} ${k.colLabel}`;
}

/** English name of a cell: its row and column ids, e.g. "processed_total natural_person". */
export function labelEn(key: string): string {
  return key.split('.').slice(1).join(' ');
}

/** Formats a number for a message without float noise. */
export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}
