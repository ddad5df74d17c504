import { queryOptions } from '@tanstack/react-query';
import type { Connector } from '../db/index.ts';
import { sql } from '../db/index.ts';
import { ensureReportLoaded } from '../load/index.ts';
import { textOrNull } from './selection.ts';

/** One stored cell of a report: value (null = blank or ambiguous), the text found and the money unit. */
export interface ReportCell {
  key: string;
  value: number | null;
  raw: string | null;
  unit: string | null;
}

export function reportCellsSql(reportId: string) {
  return sql`SELECT key, value, raw, unit FROM cells WHERE report_id = ${reportId} ORDER BY key`;
}

/** Every stored cell of one report, keyed by cell key. */
export const reportCellsQuery = (db: Connector, reportId: string) =>
  queryOptions({
    queryKey: ['reportCells', reportId],
    queryFn: async (): Promise<Record<string, ReportCell>> => {
      // A pack loads cells and narratives per region: this report's region first.
      await ensureReportLoaded(db, reportId);
      const rows = await db.query(reportCellsSql(reportId));
      return Object.fromEntries(
        rows.map((r) => {
          const cell: ReportCell = {
            key: String(r.key),
            value: r.value === null || r.value === undefined ? null : Number(r.value),
            raw: textOrNull(r.raw),
            unit: r.unit === null || r.unit === undefined || r.unit === '' ? null : String(r.unit),
          };
          return [cell.key, cell];
        }),
      );
    },
  });
