import type { Template } from '../domain/index.ts';

/** A t2 (主动公开) figure and the cell (`row.col`) that holds it in each template that has it. */
export interface DisclosureMeasure {
  id: string;
  zh: string;
  en: string;
  unit: 'count' | 'money';
  /** Templates without an entry do not measure this: "not comparable", never 0. */
  cells: Partial<Record<Template, string>>;
  formulaZh: string;
  formulaEn: string;
}

/** Figures of 第二十条 tables: the first four mean the same under both templates (report-format.md). */
export const DISCLOSURE_MEASURES = [
  {
    id: 'licensing_decisions', zh: '行政许可决定', en: 'Licensing decisions', unit: 'count',
    cells: { v2019: 'licensing.decisions', v2021: 'licensing.decisions' },
    formulaZh: '第二十条第（五）项 行政许可 处理决定数量（两版可比）', formulaEn: 'Art. 20(5) licensing decisions (both templates)',
  },
  {
    id: 'penalty_decisions', zh: '行政处罚决定', en: 'Penalty decisions', unit: 'count',
    cells: { v2019: 'penalty.decisions', v2021: 'penalty.decisions' },
    formulaZh: '第二十条第（六）项 行政处罚 处理决定数量（两版可比）', formulaEn: 'Art. 20(6) penalty decisions (both templates)',
  },
  {
    id: 'coercion_decisions', zh: '行政强制决定', en: 'Coercion decisions', unit: 'count',
    cells: { v2019: 'coercion.decisions', v2021: 'coercion.decisions' },
    formulaZh: '第二十条第（六）项 行政强制 处理决定数量（两版可比）', formulaEn: 'Art. 20(6) coercive-measure decisions (both templates)',
  },
  {
    id: 'normative_docs_new', zh: '规范性文件 新制作/制发', en: 'Normative documents made/issued', unit: 'count',
    cells: { v2019: 'normative_docs.made', v2021: 'normative_docs.issued' },
    formulaZh: '2019版“本年新制作数量”≈ 2021版“本年制发件数”', formulaEn: 'v2019 “made this year” ≈ v2021 “issued this year”',
  },
  {
    id: 'normative_docs_total_published', zh: '规范性文件 对外公开总数量', en: 'Normative documents published (cumulative)', unit: 'count',
    cells: { v2019: 'normative_docs.total_published' },
    formulaZh: '仅2019版：对外公开总数量', formulaEn: 'v2019 only: total published',
  },
  {
    id: 'normative_docs_repealed', zh: '规范性文件 本年废止', en: 'Normative documents repealed', unit: 'count',
    cells: { v2021: 'normative_docs.repealed' },
    formulaZh: '仅2021版：本年废止件数', formulaEn: 'v2021 only: repealed this year',
  },
  {
    id: 'normative_docs_in_force', zh: '规范性文件 现行有效', en: 'Normative documents in force', unit: 'count',
    cells: { v2021: 'normative_docs.in_force' },
    formulaZh: '仅2021版：现行有效件数', formulaEn: 'v2021 only: in force',
  },
  {
    id: 'licensing_items', zh: '行政许可 上一年项目数量', en: 'Licensing items (previous year)', unit: 'count',
    cells: { v2019: 'licensing.prev_year_items' },
    formulaZh: '仅2019版：行政许可 上一年项目数量', formulaEn: 'v2019 only: licensing items of the previous year',
  },
  {
    id: 'fee_items', zh: '行政事业性收费 上一年项目数量', en: 'Fee items (previous year)', unit: 'count',
    cells: { v2019: 'admin_fees.prev_year_items' },
    formulaZh: '仅2019版：第二十条第（八）项 上一年项目数量', formulaEn: 'v2019 only: Art. 20(8) items of the previous year',
  },
  {
    id: 'fee_amount', zh: '行政事业性收费金额', en: 'Fees charged (10k yuan)', unit: 'money',
    cells: { v2021: 'admin_fees.amount_wan_yuan' },
    formulaZh: '仅2021版：第二十条第（八）项 本年收费金额（万元）', formulaEn: 'v2021 only: Art. 20(8) fees charged, 10k yuan',
  },
  {
    id: 'procurement_projects', zh: '政府集中采购项目数量', en: 'Central procurement projects', unit: 'count',
    cells: { v2019: 'central_procurement.projects' },
    formulaZh: '仅2019版：第二十条第（九）项 采购项目数量', formulaEn: 'v2019 only: Art. 20(9) procurement projects',
  },
  {
    id: 'procurement_amount', zh: '政府集中采购金额', en: 'Central procurement amount (10k yuan)', unit: 'money',
    cells: { v2019: 'central_procurement.amount_wan_yuan' },
    formulaZh: '仅2019版：第二十条第（九）项 采购总金额（折算为万元）', formulaEn: 'v2019 only: Art. 20(9) procurement amount, in 10k yuan',
  },
] as const satisfies readonly DisclosureMeasure[];

export type DisclosureMeasureId = (typeof DISCLOSURE_MEASURES)[number]['id'];

/** Whether a measure means the same under both templates. */
export const isComparable = (m: DisclosureMeasure): boolean => Boolean(m.cells.v2019 && m.cells.v2021);
