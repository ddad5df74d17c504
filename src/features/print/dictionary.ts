import type { Dictionary } from '../../ui/index.ts';

export const DICT: Dictionary<
  | 'heading'
  | 'scopeCounty'
  | 'scopeAgency'
  | 'whole'
  | 'print'
  | 'requests'
  | 'trend'
  | 'agencies'
  | 'everyAgency'
  | 'everyIndicator'
  | 'perAgency'
  | 'allIndicators'
> = {
  zh: {
    heading: '政府信息公开工作年度报告简报：{name}',
    scopeCounty: '范围',
    scopeAgency: '机关',
    whole: '全部所选机关',
    print: '打印 / 存为 PDF',
    requests: '本年新收政府信息公开申请数量（按机关类型）',
    trend: '{name}历年走势',
    agencies: '机关一览',
    everyAgency: '每个机关一张（ZIP）',
    everyIndicator: '本机关全部指标（ZIP）',
    perAgency: '{name}_各机关',
    allIndicators: '全部指标',
  },
  en: {
    heading: 'Open-government annual reports brief: {name}',
    scopeCounty: 'Scope',
    scopeAgency: 'Agency',
    whole: 'All selected agencies',
    print: 'Print / save as PDF',
    requests: 'New information requests by agency kind',
    trend: '{name} by year',
    agencies: 'Agencies',
    everyAgency: 'One per agency (ZIP)',
    everyIndicator: 'Every indicator of this agency (ZIP)',
    perAgency: '{name}_per-agency',
    allIndicators: 'all-indicators',
  },
};
