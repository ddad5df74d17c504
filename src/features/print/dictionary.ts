import type { Dictionary } from '../../ui/index.ts';

export const DICT: Dictionary<
  | 'heading'
  | 'scopeCounty'
  | 'scopeAgency'
  | 'whole'
  | 'print'
  | 'requests'
  | 'agencies'
  | 'tableCut'
> = {
  zh: {
    heading: '政府信息公开工作年度报告简报：{name}',
    scopeCounty: '范围',
    scopeAgency: '机关',
    whole: '全部所选机关',
    print: '打印 / 存为 PDF',
    requests: '本年新收政府信息公开申请数量（按机关类型）',
    agencies: '机关一览',
    tableCut: '所选范围共 {n} 个机关，简报只列本年新收申请最多的 {shown} 个；完整一览请用“导出”，或缩小地区、机关类型后再打印。',
  },
  en: {
    heading: 'Open-government annual reports brief: {name}',
    scopeCounty: 'Scope',
    scopeAgency: 'Agency',
    whole: 'All selected agencies',
    print: 'Print / save as PDF',
    requests: 'New information requests by agency kind',
    agencies: 'Agencies',
    tableCut: 'The selection has {n} agencies; the brief lists the {shown} with the most new requests. Export the table for all of them, or narrow the region or kind before printing.',
  },
};
