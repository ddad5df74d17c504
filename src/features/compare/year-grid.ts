import type { HeatCell, WideRow } from '../../charts/index.ts';
import { MIN_DENOMINATOR } from '../../indicators/index.ts';
import type { IndicatorRow } from '../../queries/index.ts';

/** Agencies a heatmap or small multiples draw at a time. */
export const GRID_SHOWN = 40;

export interface GridAgency {
  id: string;
  name: string;
}

export interface CellText {
  value: (v: number) => string;
  noReport: (agency: string, year: number) => string;
  blank: (agency: string, year: number) => string;
  tooFew: (agency: string, year: number, den: number) => string;
  shown: (agency: string, year: number, row: IndicatorRow) => string;
}

/** The figure to draw for one agency-year: null when there is no report, no figure, or too few cases for a rate. */
export function gridValue(row: IndicatorRow | undefined, isRate: boolean): number | null {
  if (!row || row.value === null) return null;
  if (isRate && (row.denominator ?? 0) < MIN_DENOMINATOR) return null;
  return row.value;
}

const rowIndexes = new WeakMap<readonly IndicatorRow[], Map<string, IndicatorRow>>();

/** The row of one agency and year, through an index built once per result (a province has 70,000 rows). */
function find(rows: readonly IndicatorRow[], id: string, year: number): IndicatorRow | undefined {
  let index = rowIndexes.get(rows);
  if (!index) {
    index = new Map(rows.map((r) => [`${r.agencyId}|${r.year}`, r]));
    rowIndexes.set(rows, index);
  }
  return index.get(`${id}|${year}`);
}

/** Heatmap cells for agencies × years (pure); a cell without a figure says why in its tooltip. */
export function heatCells(rows: readonly IndicatorRow[], agencies: readonly GridAgency[], years: readonly number[], isRate: boolean, text: CellText): HeatCell[] {
  return agencies.flatMap((a) =>
    years.map((year): HeatCell => {
      const row = find(rows, a.id, year);
      const value = gridValue(row, isRate);
      const note = !row
        ? text.noReport(a.name, year)
        : row.value === null
          ? text.blank(a.name, year)
          : value === null
            ? text.tooFew(a.name, year, row.denominator ?? 0)
            : text.shown(a.name, year, row);
      const counts = row && row.value !== null && row.denominator !== null ? `${row.numerator ?? ''}/${row.denominator}` : '';
      return { row: a.name, col: String(year), value, text: value === null ? counts : text.value(value), note };
    }),
  );
}

/** Wide rows for small multiples: one row per year, one column `a<i>` per agency (pure). */
export function multiplesRows(rows: readonly IndicatorRow[], agencies: readonly GridAgency[], years: readonly number[], isRate: boolean): WideRow[] {
  return years.map((year) => {
    const row: WideRow = { year: String(year) };
    agencies.forEach((a, i) => {
      row[`a${i}`] = gridValue(find(rows, a.id, year), isRate);
    });
    return row;
  });
}
