import type { Dictionary } from '../../ui/index.ts';

export const DICT: Dictionary<
  'kpis' | 'latest' | 'vsPrev' | 'reportCounts' | 'noPrev' | 'pp' | 'ratio' | 'insufficient' | 'trend' | 'noData' | 'sumNote' | 'formula' | 'relative'
> = {
  zh: {
    kpis: '主要指标',
    latest: '{year}年',
    vsPrev: '较{year}年 {delta}',
    reportCounts: '年报份数不同：{prev}年 {m} 份，{year}年 {n} 份',
    noPrev: '无{year}年数据可比',
    pp: '{sign}{n}个百分点',
    ratio: '{num} / {den}（分母：{denLabel}）',
    insufficient: '数据不足（分母 {den} < {min}）',
    trend: '{name}历年走势',
    noData: '所选年度无该项数据',
    formula: '口径',
    relative: '（{rel}）',
    sumNote: '指标卡为所选机关的合计，不含“全辖区汇总”年报（相加会重复计算）；展开“口径”可见公式。',
  },
  en: {
    kpis: 'Key figures',
    latest: '{year}',
    vsPrev: 'vs {year}: {delta}',
    reportCounts: 'Unequal report counts: {m} in {prev}, {n} in {year}',
    noPrev: 'no {year} figure to compare',
    pp: '{sign}{n} pp',
    ratio: '{num} / {den} (denominator: {denLabel})',
    insufficient: 'Insufficient data (denominator {den} < {min})',
    trend: '{name} by year',
    noData: 'No figure for the selected year',
    formula: 'Definition',
    relative: ' ({rel})',
    sumNote: 'Cards total the selected agencies without jurisdiction-wide reports (they would double-count); open “Definition” for its formula.',
  },
};
