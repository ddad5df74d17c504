import type { Dictionary } from '../../ui/index.ts';

export const DICT: Dictionary<
  | 'heading'
  | 'scopeCounty'
  | 'scopeAgency'
  | 'whole'
  | 'print'
  | 'requests'
  | 'agencies'
> = {
  zh: {
    heading: '政府信息公开工作年度报告简报：{name}',
    scopeCounty: '范围',
    scopeAgency: '机关',
    whole: '全部所选机关',
    print: '打印 / 存为 PDF',
    requests: '本年新收政府信息公开申请数量（按机关类型）',
    agencies: '机关一览',
  },
  en: {
    heading: 'Open-government annual reports brief: {name}',
    scopeCounty: 'Scope',
    scopeAgency: 'Agency',
    whole: 'All selected agencies',
    print: 'Print / save as PDF',
    requests: 'New information requests by agency kind',
    agencies: 'Agencies',
  },
};
