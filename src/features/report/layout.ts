import type { CellKey, Template } from '../../domain/index.ts';
import { tableKeys, T3_COLUMNS, T4_COLUMNS, T4_GROUPS } from '../../domain/index.ts';

/** Wording of the official tables that is not a cell label (国办公开办函 templates). */
export const OFFICIAL = {
  t2Content: '信息内容',
  t3Corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  t3Applicants: '申请人情况',
  t3Organisations: '法人或其他组织',
  t3Outcomes: '三、本年度办理结果',
  t4Review: '行政复议',
  t4Litigation: '行政诉讼',
} as const;

/** A t2 sub-table (第二十条第（N）项) with its rows and columns in template order. */
export interface T2Group {
  caption: string;
  rows: { row: string; label: string }[];
  cols: { col: string; label: string }[];
}

/** The t2 sub-tables of a template, from its cell keys (pure). */
export function t2Groups(template: Template): T2Group[] {
  const groups: T2Group[] = [];
  for (const k of tableKeys(template, 't2')) {
    let g = groups.find((x) => x.caption === k.caption);
    if (!g) groups.push((g = { caption: k.caption, rows: [], cols: [] }));
    if (!g.rows.some((r) => r.row === k.row)) g.rows.push({ row: k.row, label: k.rowLabel });
    if (!g.cols.some((c) => c.col === k.col)) g.cols.push({ col: k.col, label: k.colLabel.replace(/\s*\(.*\)$/, '') });
  }
  return groups;
}

/** A t3 row: its label split into the row-spanning group (（三）不予公开) and the sub-item, and its place. */
export interface T3Row {
  row: string;
  section: 'top' | 'outcome' | 'bottom';
  group: string | null;
  label: string;
  /** Rows the group label spans, on the group's first row; 0 on the rows it covers. */
  groupSpan: number;
}

const GROUPED = /^(（[一二三四五六七八九]）\S+?)\s+(\d+\..+)$/;

/** The t3 rows of a template with grouped labels (pure): 23 rows for v2019, 25 for v2021. */
export function t3Layout(template: Template): T3Row[] {
  const seen = new Map<string, string>();
  for (const k of tableKeys(template, 't3')) if (!seen.has(k.row)) seen.set(k.row, k.rowLabel);
  const rows = [...seen].map(([row, full]): T3Row => {
    const m = GROUPED.exec(full);
    const section = row === 'received_new' || row === 'carried_over_in' ? 'top' : row === 'carried_over_out' ? 'bottom' : 'outcome';
    return { row, section, group: m?.[1] ?? null, label: m?.[2] ?? full, groupSpan: 1 };
  });
  rows.forEach((r, i) => {
    if (r.group === null) return;
    const first = rows.findIndex((x) => x.group === r.group);
    r.groupSpan = first === i ? rows.filter((x) => x.group === r.group).length : 0;
  });
  return rows;
}

/** Column labels of t3 in template order. */
export function t3Columns(template: Template): { col: string; label: string }[] {
  const keys = tableKeys(template, 't3');
  return T3_COLUMNS.map((col) => ({ col, label: keys.find((k) => k.col === col)?.colLabel ?? col }));
}

/** t4 groups (review, direct suits, suits after review) with their labels and the five columns. */
export function t4Layout(template: Template): { groups: { group: string; label: string }[]; cols: { col: string; label: string }[] } {
  const keys: readonly CellKey[] = tableKeys(template, 't4');
  const label = (group: string) => (keys.find((k) => k.row === group)?.rowLabel ?? group).replace(/^行政诉讼\s*/, '');
  return {
    groups: T4_GROUPS.map((group) => ({ group, label: label(group) })),
    cols: T4_COLUMNS.map((col) => ({ col, label: keys.find((k) => k.col === col)?.colLabel ?? col })),
  };
}
