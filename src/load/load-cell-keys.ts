import type { Connector } from '../db/index.ts';
import { cellKeys, TEMPLATES } from '../domain/index.ts';

/** Fill cell_keys with the template labels of report-keys.json (once, at start). */
export async function loadCellKeys(db: Connector): Promise<void> {
  const rows = TEMPLATES.flatMap((template) =>
    cellKeys(template).map((k, ord) => [template, k.key, k.table, k.row, k.col, k.rowLabel, k.colLabel, k.caption, ord] as const),
  );
  const placeholders = rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
  await db.query({ text: `INSERT INTO cell_keys VALUES ${placeholders}`, params: rows.flat() });
}
