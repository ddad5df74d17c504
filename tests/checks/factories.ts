import type { Agency, CellValue, ReportRecord, Template } from '../../src/domain/index.ts';
import { cellKeys, T3_COLUMNS } from '../../src/domain/index.ts';

/** A township agency of a county unless overridden. */
export function agency(overrides: Partial<Agency> = {}): Agency {
  return {
    id: '示范省/演示市/样例县/青石镇人民政府',
    name: '青石镇人民政府',
    kind: 'township',
    province: '示范省',
    city: '演示市',
    county: '样例县',
    ...overrides,
  };
}

const count = (value: number | null): CellValue => ({ value, raw: value === null ? '' : String(value) });

/** Six applicant columns (自然人 … 其他) written as a t3 row with its 总计. */
function t3Row(row: string, six: readonly number[]): Record<string, number> {
  const cells: Record<string, number> = {};
  T3_COLUMNS.forEach((col, i) => {
    cells[`t3.${row}.${col}`] = col === 'total' ? six.reduce((a, b) => a + b, 0) : (six[i] ?? 0);
  });
  return cells;
}

/**
 * Cells of a consistent report: 4 new requests (3 natural persons, 1 other organisation) and 1 carried in;
 * granted 2, partially granted 1, not held 1 (the organisation), 1 carried out; one review upheld.
 */
export function consistentCells(template: Template): Record<string, number> {
  const cells: Record<string, number> = Object.fromEntries(cellKeys(template).map((k) => [k.key, 0]));
  return {
    ...cells,
    ...t3Row('received_new', [3, 0, 0, 0, 0, 1]),
    ...t3Row('carried_over_in', [1, 0, 0, 0, 0, 0]),
    ...t3Row('granted', [2, 0, 0, 0, 0, 0]),
    ...t3Row('partially_granted', [1, 0, 0, 0, 0, 0]),
    ...t3Row('cannot_not_held', [0, 0, 0, 0, 0, 1]),
    ...t3Row('processed_total', [3, 0, 0, 0, 0, 1]),
    ...t3Row('carried_over_out', [1, 0, 0, 0, 0, 0]),
    't4.review.upheld': 1,
    't4.review.total': 1,
  };
}

/** A licensing count that differs by agency and year, so that only deliberate copies repeat a report (C1). */
function distinct(id: string, year: number): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 997;
  return 1000 * h + year;
}

export interface RecordOptions {
  template?: Template;
  year?: number;
  agency?: Partial<Agency>;
  /** Cell overrides; null makes a cell blank. */
  cells?: Record<string, number | null>;
  ambiguous?: Record<string, number[]>;
  narrative?: Record<string, string>;
}

/** A consistent ReportRecord with the given overrides. */
export function makeRecord(options: RecordOptions = {}): ReportRecord {
  const template = options.template ?? 'v2021';
  const year = options.year ?? (template === 'v2021' ? 2022 : 2020);
  const a = agency(options.agency);
  const values = { ...consistentCells(template), 't2.licensing.decisions': distinct(a.id, year), ...options.cells };
  return {
    agency: a,
    year,
    template,
    tables: { t2: template, t3: template, t4: template },
    sourceFile: `test/${a.name}-${year}.html`,
    title: `${a.name}${year}年政府信息公开工作年度报告`,
    publishDate: null,
    cells: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, count(v)])),
    extraRows: [],
    narrative: options.narrative ?? {},
    issues: [],
    ambiguous: options.ambiguous ?? {},
    dataset: 'test',
  };
}

/** Rule ids of a list of findings, sorted. */
export const rulesOf = (findings: readonly { rule: string }[]): string[] => findings.map((f) => f.rule).sort();
