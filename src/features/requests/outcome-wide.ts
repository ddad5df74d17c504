import type { OutcomeMixRow } from '../../queries/index.ts';
import { OUTCOME_ROWS } from '../../queries/index.ts';

/** Wide rows year × outcome row; a row missing from every template of the year stays null (not 0). */
export function outcomeWide(data: readonly OutcomeMixRow[]): Record<string, string | number | null>[] {
  const years = [...new Set(data.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const row: Record<string, string | number | null> = { year: String(year) };
    for (const key of OUTCOME_ROWS) row[key] = data.find((r) => r.year === year && r.rowKey === key)?.total ?? null;
    return row;
  });
}
