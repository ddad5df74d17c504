import type { CellValue, TableId, Template } from '../domain/index.ts';
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS, t3OutcomeRows, t3Rows } from '../domain/index.ts';
import type { Vec, YearFigures } from './figures.ts';
import { sumVec } from './figures.ts';

/** How an agency habitually fills its tables. */
export interface CellStyle {
  /** Writes "+3" rather than "3" for a positive 本年增/减. */
  plusSign: boolean;
  /** How 采购总金额 is written: in 元, in 万元, or a bare number with no unit. */
  money: '元' | '万元' | 'bare';
  /** Leaves 总计 blank on outcome rows (not reported, not a violation). */
  blankOutcomeTotals: boolean;
  /** Leaves the 政府集中采购 row blank. */
  blankProcurement: boolean;
}

type Cells = Record<string, CellValue>;

export const count = (value: number): CellValue => ({ value, raw: String(value) });
export const blank = (): CellValue => ({ value: null, raw: '' });
const signed = (value: number, plus: boolean): CellValue => ({ value, raw: plus && value > 0 ? `+${value}` : String(value) });

/** 万元 value of an amount in 元 (integers, so the division is the only rounding). */
export const wan = (yuan: number): number => yuan / 10000;

function money(yuan: number, style: CellStyle['money']): CellValue {
  const value = wan(yuan);
  if (style === '元') return { value, raw: `${yuan}元`, unit: '元' };
  if (style === '万元') return { value, raw: `${value}万元`, unit: '万元' };
  return { value, raw: String(value), unit: 'unknown' };
}

function t2v2019(f: YearFigures, style: CellStyle): Cells {
  const cells: Cells = {};
  for (const col of ['made', 'published', 'total_published']) cells[`t2.regulations.${col}`] = count(0);
  cells['t2.normative_docs.made'] = count(f.normative.issued);
  cells['t2.normative_docs.published'] = count(f.normative.issued);
  cells['t2.normative_docs.total_published'] = count(f.normative.publishedTotal);
  for (const row of ['licensing', 'other_mgmt_services', 'penalty', 'coercion'] as const) {
    cells[`t2.${row}.prev_year_items`] = count(f.items[row].prev);
    cells[`t2.${row}.yoy_change`] = signed(f.items[row].change, style.plusSign);
    cells[`t2.${row}.decisions`] = count(f.decisions[row]);
  }
  cells['t2.admin_fees.prev_year_items'] = count(f.items.admin_fees.prev);
  cells['t2.admin_fees.yoy_change'] = signed(f.items.admin_fees.change, style.plusSign);
  const noProcurement = style.blankProcurement;
  cells['t2.central_procurement.projects'] = noProcurement ? blank() : count(f.procurement.projects);
  cells['t2.central_procurement.amount_wan_yuan'] = noProcurement ? blank() : money(f.procurement.amountYuan, style.money);
  return cells;
}

function t2v2021(f: YearFigures): Cells {
  const value = wan(f.feesYuan);
  return {
    't2.regulations.issued': count(0),
    't2.regulations.repealed': count(0),
    't2.regulations.in_force': count(0),
    't2.normative_docs.issued': count(f.normative.issued),
    't2.normative_docs.repealed': count(f.normative.repealed),
    't2.normative_docs.in_force': count(f.normative.inForce),
    't2.licensing.decisions': count(f.decisions.licensing),
    't2.penalty.decisions': count(f.decisions.penalty),
    't2.coercion.decisions': count(f.decisions.coercion),
    't2.admin_fees.amount_wan_yuan': { value, raw: String(value), unit: '万元' },
  };
}

function t3Row(f: YearFigures, template: Template, row: string): Vec {
  const outcomes = t3OutcomeRows('v2021').map((r) => f.t3[r] ?? []);
  if (row === 'processed_total') return sumVec(outcomes);
  if (row === 'other' && template === 'v2019') return sumVec(['other_no_correction', 'other_fee_unpaid', 'other_misc'].map((r) => f.t3[r] ?? []));
  return f.t3[row] ?? [];
}

function t3(f: YearFigures, template: Template, style: CellStyle): Cells {
  const cells: Cells = {};
  const outcomeRows = new Set(t3OutcomeRows(template));
  for (const row of t3Rows(template)) {
    const v = t3Row(f, template, row);
    T3_COLUMNS.forEach((col, i) => {
      const value = col === 'total' ? v.reduce((a, b) => a + b, 0) : (v[i] ?? 0);
      cells[`t3.${row}.${col}`] = col === 'total' && style.blankOutcomeTotals && outcomeRows.has(row) ? blank() : count(value);
    });
  }
  return cells;
}

function t4(f: YearFigures): Cells {
  const cells: Cells = {};
  for (const g of T4_GROUPS) {
    const v = f.t4[g];
    T4_COLUMNS.forEach((col, i) => {
      cells[`t4.${g}.${col}`] = count(col === 'total' ? v.reduce((a, b) => a + b, 0) : (v[i] ?? 0));
    });
  }
  return cells;
}

/** Write a year's figures into the templates of each table, as the agency would print them. */
export function figureCells(f: YearFigures, tables: Record<TableId, Template>, style: CellStyle): Cells {
  // Object.assign, not spread: spreading objects of ~200 keys took a quarter of a county's generation time.
  return Object.assign(tables.t2 === 'v2019' ? t2v2019(f, style) : t2v2021(f), t3(f, tables.t3, style), t4(f));
}
