import type { Sql } from '../../db/index.ts';
import type { ExtraRow } from '../../domain/index.ts';
import { valuesSql } from '../../export/index.ts';
import type { Filters, ReportMeta } from '../../queries/index.ts';

/** The filters that select exactly this report, so an export's subtitle, source line and findings note are its own. */
export function reportFilters(meta: ReportMeta): Filters {
  return { dataset: meta.dataset, years: [meta.year], kinds: [meta.kind], agencies: [meta.agencyId] };
}

/** Rows agencies added outside the template, as export rows: table, label, the cells as found and as read. */
export function extraRowsSql(rows: readonly ExtraRow[]): Sql {
  const columns = [
    { name: 'tbl', type: 'VARCHAR' },
    { name: 'label', type: 'VARCHAR' },
    { name: 'raw', type: 'VARCHAR' },
    { name: 'values', type: 'VARCHAR' },
  ] as const;
  return valuesSql(
    columns,
    rows.map((r) => [String(r.table), String(r.label), r.raw.map(String).join(' | '), r.values.map((v) => (v === null ? '' : String(v))).join(' | ')]),
  );
}
