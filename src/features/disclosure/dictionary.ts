import type { Dictionary } from '../../ui/index.ts';

export const DICT: Dictionary<
  | 'decisions' | 'decisionsAxis' | 'normative' | 'normativeAxis' | 'normativeNote' | 'table' | 'measure'
  | 'year' | 'notComparable' | 'notComparableTitle' | 'coverage' | 'tableNote' | 'comparable' | 'v2019only' | 'v2021only'
  | 'empty'
> = {
  zh: {
    decisions: '行政许可、行政处罚、行政强制决定（两版模板可比）',
    decisionsAxis: '决定（件）',
    normative: '规范性文件：本年新制作（2019版）/ 本年制发（2021版）',
    normativeAxis: '件',
    normativeNote: '2019版“本年新制作数量”与2021版“本年制发件数”口径相近，可近似比较。',
    table: '主动公开各项（按年度，两版模板口径不同处标“不可比”）',
    measure: '项目',
    year: '{year}年',
    notComparable: '不可比',
    notComparableTitle: '该年所选年报使用的模板没有这一项：不可比，不是 0。',
    coverage: '{n}/{m} 份年报',
    tableNote: '2019版与2021版第二十条表格统计口径不同：仅一版有的项目在另一版年度显示“不可比”，不画成 0。金额统一折算为万元。合计不含“全辖区汇总”年报（相加会重复计算）。',
    comparable: '两版可比',
    v2019only: '仅2019版',
    v2021only: '仅2021版',
    empty: '所选条件下没有主动公开表格。',
  },
  en: {
    decisions: 'Licensing, penalty and coercion decisions (comparable across templates)',
    decisionsAxis: 'Decisions',
    normative: 'Normative documents: made (2019 template) / issued (2021 template)',
    normativeAxis: 'Documents',
    normativeNote: 'The 2019 “made this year” and the 2021 “issued this year” are close enough to compare approximately.',
    table: 'Proactive disclosure by year (“not comparable” where the templates measure different things)',
    measure: 'Item',
    year: '{year}',
    notComparable: 'not comparable',
    notComparableTitle: 'The template of that year’s reports has no such item: not comparable, not 0.',
    coverage: '{n}/{m} reports',
    tableNote: 'The 2019 and 2021 Art. 20 tables measure different things: an item only one template has reads “not comparable” in the other template’s years and is never drawn as 0. Money in 10k yuan. Totals leave out jurisdiction-wide reports (they would double-count).',
    comparable: 'both templates',
    v2019only: '2019 only',
    v2021only: '2021 only',
    empty: 'No proactive-disclosure tables in the selection.',
  },
};
