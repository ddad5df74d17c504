import type { CellKey, ReportRecord, TableId, Template } from '../domain/index.ts';
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS, tableKeys, t3OutcomeRows, t3Rows } from '../domain/index.ts';

/** One cell of a rendered table, spanning like the official template's merged cells. */
export interface LayoutCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  /** The cell key when the cell holds a number of the record. */
  key?: string;
}

export interface LayoutTable {
  id: TableId;
  template: Template;
  /** Relative column widths. */
  widths: number[];
  rows: LayoutCell[][];
}

export type LayoutBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'table'; table: LayoutTable };

export const HEADINGS = {
  一: '一、总体情况',
  二: '二、主动公开政府信息情况',
  三: '三、收到和处理政府信息公开申请情况',
  四: '四、政府信息公开行政复议、行政诉讼情况',
  五: '五、存在的主要问题及改进情况',
  六: '六、其他需要报告的事项',
} as const;

export const T3_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const T3_ORG_LABELS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const T4_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

const cell = (text: string, colSpan = 1, rowSpan = 1, key?: string): LayoutCell => ({ text, colSpan, rowSpan, ...(key ? { key } : {}) });
/** The printed label: the key file adds notes in parentheses after a space ("本年增/减 (signed)"). */
export const printed = (label: string): string => label.split(' (')[0] ?? label;
const valueCell = (r: ReportRecord, key: string, colSpan = 1): LayoutCell => {
  const c = r.cells[key];
  return cell(c && c.value !== null ? c.raw || String(c.value) : '', colSpan, 1, key);
};

function t2(r: ReportRecord, template: Template): LayoutTable {
  const groups = new Map<string, CellKey[]>();
  for (const k of tableKeys(template, 't2')) groups.set(k.caption, [...(groups.get(k.caption) ?? []), k]);
  const rows: LayoutCell[][] = [];
  const extras = r.extraRows.filter((x) => x.table === 't2');
  for (const [caption, keys] of groups) {
    const cols = [...new Map(keys.map((k) => [k.col, printed(k.colLabel)])).entries()];
    const last = 4 - cols.length;
    rows.push([cell(caption, 4)]);
    rows.push([cell('信息内容'), ...cols.map(([, label], i) => cell(label, i === cols.length - 1 ? last : 1))]);
    for (const [row, label] of new Map(keys.map((k) => [k.row, k.rowLabel]))) {
      rows.push([cell(label), ...cols.map(([col], i) => valueCell(r, `t2.${row}.${col}`, i === cols.length - 1 ? last : 1))]);
    }
    // Rows an agency added (行政检查 …) follow the licensing sub-table, where real reports put them.
    if (caption === '第二十条第（五）项') {
      for (const x of extras) rows.push([cell(x.label), ...cols.map((_, i) => cell(x.raw[i] ?? '', i === cols.length - 1 ? last : 1))]);
    }
  }
  return { id: 't2', template, widths: [130, 120, 120, 125], rows };
}

/** A t3 row label split into its group (（三）不予公开) and its own label (1.属于国家秘密). */
export function t3Label(template: Template, row: string): { group: string; label: string } {
  const label = tableKeys(template, 't3').find((k) => k.row === row)?.rowLabel ?? row;
  const space = label.indexOf(' ');
  return space < 0 ? { group: '', label } : { group: label.slice(0, space), label: label.slice(space + 1) };
}

function t3(r: ReportRecord, template: Template): LayoutTable {
  const rows: LayoutCell[][] = [
    [cell(T3_CORNER, 3, 3), cell('申请人情况', 7)],
    [cell('自然人', 1, 2), cell('法人或其他组织', 5), cell('总计', 1, 2)],
    T3_ORG_LABELS.map((l) => cell(l)),
  ];
  const outcomes = t3OutcomeRows(template);
  const values = (row: string): LayoutCell[] => T3_COLUMNS.map((c) => valueCell(r, `t3.${row}.${c}`));
  for (const row of t3Rows(template)) {
    const { group, label } = t3Label(template, row);
    const lead: LayoutCell[] = [];
    if (row === outcomes[0]) lead.push(cell('三、本年度办理结果', 1, outcomes.length + 1));
    if (group) {
      const members = outcomes.filter((o) => t3Label(template, o).group === group);
      if (members[0] === row) lead.push(cell(group, 1, members.length));
      rows.push([...lead, cell(label), ...values(row)]);
    } else {
      const span = outcomes.includes(row) || row === 'processed_total' ? 2 : 3;
      rows.push([...lead, cell(label, span), ...values(row)]);
    }
  }
  return { id: 't3', template, widths: [40, 45, 125, 40, 40, 40, 40, 40, 40, 40], rows };
}

function t4(r: ReportRecord, template: Template): LayoutTable {
  return {
    id: 't4',
    template,
    widths: Array.from({ length: 15 }, () => 33),
    rows: [
      [cell('行政复议', 5), cell('行政诉讼', 10)],
      [...T4_LABELS.map((l) => cell(l, 1, 2)), cell('未经复议直接起诉', 5), cell('复议后起诉', 5)],
      [...T4_LABELS, ...T4_LABELS].map((l) => cell(l)),
      T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => valueCell(r, `t4.${g}.${c}`))),
    ],
  };
}

/** The report as an ordered list of blocks: title, six sections, the three tables. */
export function reportLayout(r: ReportRecord): LayoutBlock[] {
  const para = (text: string | undefined): LayoutBlock[] => (text ? [{ kind: 'para', text }] : []);
  const table = (id: TableId, build: (r: ReportRecord, t: Template) => LayoutTable): LayoutBlock[] => {
    const template = r.tables[id];
    return template ? [{ kind: 'table', table: build(r, template) }] : [];
  };
  return [
    { kind: 'title', text: r.title },
    { kind: 'para', text: `本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自${r.year}年1月1日起至${r.year}年12月31日止。` },
    { kind: 'heading', text: HEADINGS.一 },
    ...para(r.narrative['一']),
    { kind: 'heading', text: HEADINGS.二 },
    ...table('t2', t2),
    { kind: 'heading', text: HEADINGS.三 },
    ...table('t3', t3),
    { kind: 'heading', text: HEADINGS.四 },
    ...table('t4', t4),
    { kind: 'heading', text: HEADINGS.五 },
    ...para(r.narrative['五']),
    { kind: 'heading', text: HEADINGS.六 },
    ...para(r.narrative['六']),
  ];
}
