/** Columns of the report_summary view that indicators are built from (summed over a group). */
export type SummaryColumn =
  | 'received_new'
  | 'received_natural_person'
  | 'carried_over_in'
  | 'granted'
  | 'partially_granted'
  | 'withheld'
  | 'cannot_provide'
  | 'not_processed'
  | 'other_outcome'
  | 'processed_total'
  | 'carried_over_out'
  | 'review_total'
  | 'review_corrected'
  | 'review_pending'
  | 'litigation_total'
  | 'litigation_corrected'
  | 'litigation_pending'
  | 'licensing_decisions'
  | 'penalty_decisions'
  | 'coercion_decisions';

/** A term of a numerator or denominator: +column or −column. */
export type Term = readonly [sign: 1 | -1, column: SummaryColumn];

export interface Indicator {
  id: string;
  zh: string;
  en: string;
  unit: 'count' | 'rate';
  /** Summed over the group, then added. */
  numerator: readonly Term[];
  /** Rates only: the ratio is sum(numerator) / sum(denominator) over the group (ratio of sums). */
  denominator?: readonly Term[];
  formulaZh: string;
  formulaEn: string;
  /** One line for tooltips and export footnotes. */
  explainZh: string;
  explainEn: string;
  /** Whether the figure means the same under both templates (v2019 and v2021). */
  comparable: boolean;
}

const plus = (...columns: SummaryColumn[]): Term[] => columns.map((c) => [1, c] as const);

/** The indicator library: one definition serves the SQL, the tooltips and the export footnotes. */
export const INDICATORS = [
  {
    id: 'received_new', zh: '新收申请', en: 'New requests', unit: 'count', numerator: plus('received_new'),
    formulaZh: '一、本年新收政府信息公开申请数量（总计）', formulaEn: 'Row 一 (new requests), total column',
    explainZh: '本年收到的政府信息公开申请件数。', explainEn: 'Information requests received during the year.', comparable: true,
  },
  {
    id: 'processed_total', zh: '办理结果总计', en: 'Requests processed', unit: 'count', numerator: plus('processed_total'),
    formulaZh: '三、本年度办理结果（七）总计', formulaEn: 'Row 三(七): total of outcomes',
    explainZh: '本年办结的申请件数。', explainEn: 'Requests answered during the year.', comparable: true,
  },
  {
    id: 'disclosure_rate', zh: '公开率', en: 'Disclosure rate', unit: 'rate',
    numerator: plus('granted', 'partially_granted'), denominator: plus('processed_total'),
    formulaZh: '（予以公开 + 部分公开）/ 办理结果总计', formulaEn: '(granted + partially granted) / processed total',
    explainZh: '办结申请中全部或部分公开的比例。', explainEn: 'Share of answered requests that were granted in full or in part.', comparable: true,
  },
  {
    id: 'withheld_rate', zh: '不予公开率', en: 'Withholding rate', unit: 'rate',
    numerator: plus('withheld'), denominator: plus('processed_total'),
    formulaZh: '（三）不予公开各项之和 / 办理结果总计', formulaEn: 'sum of 三(三) withheld rows / processed total',
    explainZh: '办结申请中以八类理由不予公开的比例。', explainEn: 'Share of answered requests withheld on one of the eight grounds.', comparable: true,
  },
  {
    id: 'cannot_provide_rate', zh: '无法提供率', en: 'Cannot-provide rate', unit: 'rate',
    numerator: plus('cannot_provide'), denominator: plus('processed_total'),
    formulaZh: '（四）无法提供各项之和 / 办理结果总计', formulaEn: 'sum of 三(四) cannot-provide rows / processed total',
    explainZh: '因不掌握、需另行制作或内容不明确而无法提供的比例。', explainEn: 'Share not held, needing creation, or still unclear after correction.', comparable: true,
  },
  {
    id: 'not_processed_rate', zh: '不予处理率', en: 'Not-processed rate', unit: 'rate',
    numerator: plus('not_processed'), denominator: plus('processed_total'),
    formulaZh: '（五）不予处理各项之和 / 办理结果总计', formulaEn: 'sum of 三(五) not-processed rows / processed total',
    explainZh: '信访类、重复、出版物等不予处理的比例。', explainEn: 'Share refused as petitions, duplicates, publications and the like.', comparable: true,
  },
  {
    id: 'carry_over_rate', zh: '结转率', en: 'Carry-over rate', unit: 'rate',
    numerator: plus('carried_over_out'), denominator: plus('received_new', 'carried_over_in'),
    formulaZh: '结转下年度继续办理 /（本年新收 + 上年结转）', formulaEn: 'carried to next year / (new + carried in)',
    explainZh: '年末尚未办结、结转下年的比例。', explainEn: 'Share of the year’s workload still open at year end.', comparable: true,
  },
  {
    id: 'natural_person_share', zh: '自然人申请占比', en: 'Share from individuals', unit: 'rate',
    numerator: plus('received_natural_person'), denominator: plus('received_new'),
    formulaZh: '本年新收（自然人）/ 本年新收（总计）', formulaEn: 'new requests from natural persons / all new requests',
    explainZh: '新收申请中来自自然人的比例（通常在九成以上）。', explainEn: 'Share of new requests filed by individuals (usually above 90 %).', comparable: true,
  },
  {
    id: 'review_total', zh: '行政复议', en: 'Administrative reviews', unit: 'count', numerator: plus('review_total'),
    formulaZh: '四、行政复议 总计', formulaEn: 'Section 四: review total',
    explainZh: '因政府信息公开引发的行政复议案件数。', explainEn: 'Administrative reviews over information requests.', comparable: true,
  },
  {
    id: 'litigation_total', zh: '行政诉讼', en: 'Lawsuits', unit: 'count', numerator: plus('litigation_total'),
    formulaZh: '未经复议直接起诉 总计 + 复议后起诉 总计', formulaEn: 'direct suits total + suits after review total',
    explainZh: '因政府信息公开引发的行政诉讼案件数。', explainEn: 'Lawsuits over information requests.', comparable: true,
  },
  {
    id: 'review_correction_rate', zh: '复议纠错率', en: 'Review correction rate', unit: 'rate',
    numerator: plus('review_corrected'), denominator: [[1, 'review_total'], [-1, 'review_pending']],
    formulaZh: '复议结果纠正 /（复议总计 − 尚未审结）', formulaEn: 'reviews corrected / (reviews − pending)',
    explainZh: '已审结复议中机关被纠正的比例。', explainEn: 'Share of closed reviews in which the agency was corrected.', comparable: true,
  },
  {
    id: 'litigation_correction_rate', zh: '诉讼纠错率', en: 'Suit correction rate', unit: 'rate',
    numerator: plus('litigation_corrected'), denominator: [[1, 'litigation_total'], [-1, 'litigation_pending']],
    formulaZh: '两类诉讼结果纠正之和 /（诉讼总计 − 尚未审结）', formulaEn: 'suits corrected / (suits − pending), both suit groups',
    explainZh: '已审结诉讼中机关被纠正的比例。', explainEn: 'Share of closed suits in which the agency was corrected.', comparable: true,
  },
  {
    id: 'review_rate', zh: '复议引发率', en: 'Review rate', unit: 'rate',
    numerator: plus('review_total'), denominator: plus('processed_total'),
    formulaZh: '行政复议总计 / 办理结果总计', formulaEn: 'reviews / processed total',
    explainZh: '每件办结申请引发复议的比例（复议可能针对往年答复）。', explainEn: 'Reviews per answered request (reviews may concern earlier years).', comparable: true,
  },
  {
    id: 'litigation_rate', zh: '诉讼引发率', en: 'Suit rate', unit: 'rate',
    numerator: plus('litigation_total'), denominator: plus('processed_total'),
    formulaZh: '行政诉讼总计 / 办理结果总计', formulaEn: 'suits / processed total',
    explainZh: '每件办结申请引发诉讼的比例（诉讼可能针对往年答复）。', explainEn: 'Suits per answered request (suits may concern earlier years).', comparable: true,
  },
  {
    id: 'licensing_decisions', zh: '行政许可决定', en: 'Licensing decisions', unit: 'count', numerator: plus('licensing_decisions'),
    formulaZh: '第二十条第（五）项 行政许可 处理决定数量', formulaEn: 'Art. 20(5) licensing: decisions',
    explainZh: '本年作出的行政许可处理决定数（两版模板可比）。', explainEn: 'Licensing decisions made in the year (comparable across templates).', comparable: true,
  },
  {
    id: 'penalty_decisions', zh: '行政处罚决定', en: 'Penalty decisions', unit: 'count', numerator: plus('penalty_decisions'),
    formulaZh: '第二十条第（六）项 行政处罚 处理决定数量', formulaEn: 'Art. 20(6) penalties: decisions',
    explainZh: '本年作出的行政处罚决定数（两版模板可比）。', explainEn: 'Penalty decisions made in the year (comparable across templates).', comparable: true,
  },
  {
    id: 'coercion_decisions', zh: '行政强制决定', en: 'Coercion decisions', unit: 'count', numerator: plus('coercion_decisions'),
    formulaZh: '第二十条第（六）项 行政强制 处理决定数量', formulaEn: 'Art. 20(6) coercive measures: decisions',
    explainZh: '本年作出的行政强制决定数（两版模板可比）。', explainEn: 'Coercive-measure decisions (comparable across templates).', comparable: true,
  },
] as const satisfies readonly Indicator[];

export type IndicatorId = (typeof INDICATORS)[number]['id'];

/** Look up an indicator by id (ids come from the closed list above). */
export function indicator(id: IndicatorId): Indicator {
  const found = INDICATORS.find((i) => i.id === id);
  if (!found) throw new Error(`unknown indicator ${id}`);
  return found;
}

export function isIndicatorId(id: string): id is IndicatorId {
  return INDICATORS.some((i) => i.id === id);
}
