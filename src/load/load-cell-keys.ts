import type { Connector } from '../db/index.ts';
import { LIST_SEPARATOR } from '../db/index.ts';
import { cellKeys, TEMPLATES } from '../domain/index.ts';

const COLUMNS = ['template', 'key', 'tbl', 'row_key', 'col_key', 'row_label', 'col_label', 'caption'] as const;

/**
 * Fill cell_keys with the template labels of report-keys.json (once, at start). One bound list per column,
 * unnested side by side: a VALUES list of 3,600 parameters took DuckDB 0.3–0.9 s to bind.
 */
export async function loadCellKeys(db: Connector): Promise<void> {
  const rows = TEMPLATES.flatMap((template) =>
    cellKeys(template).map((k, ord) => ({ template, key: k.key, tbl: k.table, row_key: k.row, col_key: k.col, row_label: k.rowLabel, col_label: k.colLabel, caption: k.caption, ord })),
  );
  const lists = COLUMNS.map((c) => `unnest(string_split(?, ?)) AS ${c}`).join(', ');
  await db.query({
    text: `INSERT INTO cell_keys BY NAME SELECT ${lists}, CAST(unnest(string_split(?, ?)) AS INTEGER) AS ord`,
    params: [...COLUMNS, 'ord' as const].flatMap((c) => [rows.map((r) => String(r[c])).join(LIST_SEPARATOR), LIST_SEPARATOR]),
  });
}
