import reportKeys from './report-keys.json';

/** A report table template: the 2019 trial format or the 2021 format. */
export type Template = 'v2019' | 'v2021';
export type TableId = 't2' | 't3' | 't4';

/** One canonical cell of a template: `<table>.<row>.<col>` with the template's own labels. */
export interface CellKey {
  key: string;
  table: TableId;
  row: string;
  col: string;
  rowLabel: string;
  colLabel: string;
  /** t2 sub-table caption (第二十条第（N）项); empty for t3/t4. */
  caption: string;
}

interface RawGroup {
  caption?: string;
  rows: string[][];
  cols: string[][];
}

export const TEMPLATES: readonly Template[] = ['v2019', 'v2021'];

function expand(table: TableId, group: RawGroup): CellKey[] {
  return group.rows.flatMap(([row = '', rowLabel = '']) =>
    group.cols.map(([col = '', colLabel = '']) => ({
      key: `${table}.${row}.${col}`,
      table,
      row,
      col,
      rowLabel,
      colLabel,
      caption: group.caption ?? '',
    })),
  );
}

function buildKeys(template: Template): CellKey[] {
  const t = reportKeys.templates[template];
  return [
    ...t.t2.flatMap((g) => expand('t2', g)),
    ...expand('t3', t.t3),
    ...expand('t4', t.t4),
  ];
}

const KEYS: Record<Template, CellKey[]> = { v2019: buildKeys('v2019'), v2021: buildKeys('v2021') };

/** Every canonical cell of a template, in the order of the official table. */
export function cellKeys(template: Template): readonly CellKey[] {
  return KEYS[template];
}

/** Every canonical cell of one table of a template. */
export function tableKeys(template: Template, table: TableId): readonly CellKey[] {
  return KEYS[template].filter((k) => k.table === table);
}

/** Row ids of t3 in template order (23 for v2019, 25 for v2021). */
export function t3Rows(template: Template): readonly string[] {
  return reportKeys.templates[template].t3.rows.map(([row = '']) => row);
}

export const T3_COLUMNS = [
  'natural_person',
  'commercial_enterprise',
  'research_institution',
  'public_welfare_org',
  'legal_service_org',
  'other_org',
  'total',
] as const;
export type T3Column = (typeof T3_COLUMNS)[number];

export const T4_GROUPS = ['review', 'litigation_direct', 'litigation_after_review'] as const;
export type T4Group = (typeof T4_GROUPS)[number];
export const T4_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type T4Column = (typeof T4_COLUMNS)[number];

/** t3 outcome rows that add up to processed_total (R3.2), per template. */
export function t3OutcomeRows(template: Template): readonly string[] {
  const rows = t3Rows(template);
  const from = rows.indexOf('granted');
  const to = rows.indexOf('processed_total');
  return rows.slice(from, to);
}

const BY_KEY: Record<Template, Map<string, CellKey>> = {
  v2019: new Map(KEYS.v2019.map((k) => [k.key, k])),
  v2021: new Map(KEYS.v2021.map((k) => [k.key, k])),
};

/** Find the template's CellKey for a key string, if it belongs to that template. */
export function findKey(template: Template, key: string): CellKey | undefined {
  return BY_KEY[template].get(key);
}

/**
 * A cell's full name in its template's words: "caption row · column" (t2 has captions), or the key itself when
 * the template has no such cell. The same text as cell_keys' caption, row_label and col_label joined in SQL.
 */
export function cellLabel(template: string | null, key: string): string {
  const k = template === 'v2019' || template === 'v2021' ? BY_KEY[template].get(key) : undefined;
  if (!k) return key;
  return `${k.caption ? `${k.caption} ` : ''}${k.rowLabel} · ${k.colLabel}`;
}
