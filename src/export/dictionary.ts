/** Languages of the export texts (the app's two). */
export type Lang = 'zh' | 'en';

/** Words of export titles, notes and the dialog, Chinese and English with the same keys. */
export const WORDS = {
  zh: {
    allYears: '全部年度',
    allKinds: '全部机关类型',
    listSep: '、',
    partSep: ' · ',
    agenciesMore: '{names}等 {n} 个机关',
    regionCities: '{place}（{n} 个县区）',
    regionProvince: '{place}（{cities} 个市、{n} 个县区）',
    regionCounties: '{n} 个县区',
    templates: '{t} 模板',
    mixedTemplate: '两版混用',
    source: '来源：{region}{n} 个机关 {years} 年政府信息公开工作年度报告（{templates} 模板）· {data}',
    sourceEmpty: '来源：所选条件下没有年报 · {data}',
    findings: '⚠ 注意：所涉年报有 {n} 条一致性检查提示（其中 {errors} 条为错误），相关数字可能有误，详见“数据质量”。',
    definition: '{name}：{formula}。{explain}',
    'data.demo': '演示数据（合成）',
    'data.samples': '真实年报样本',
    'data.imported': '导入数据',
    'kind.township': '乡镇',
    'kind.street': '街道',
    'kind.department': '县级部门',
    'kind.government_office': '政府办公室',
    'kind.jurisdiction': '全辖区汇总',
    trend: '{name}历年走势',
    everyAgency: '每个机关一张（ZIP）',
    everyIndicator: '本机关全部指标（ZIP）',
    perAgency: '{name}_各机关',
    allIndicators: '全部指标',
  },
  en: {
    allYears: 'all years',
    allKinds: 'all agency kinds',
    listSep: ', ',
    partSep: ' · ',
    agenciesMore: '{names} and {n} agencies in all',
    regionCities: '{place} ({n} counties)',
    regionProvince: '{place} ({cities} cities, {n} counties)',
    regionCounties: '{n} counties',
    templates: '{t} template',
    mixedTemplate: 'mixed',
    source: 'Source: annual open-government-information reports {years} of {n} agencies {region}({templates} templates) · {data}',
    sourceEmpty: 'Source: no reports match the selection · {data}',
    findings: '⚠ Note: the reports behind this chart have {n} consistency findings ({errors} errors); figures may be wrong, see Data quality.',
    definition: '{name}: {formula}. {explain}',
    'data.demo': 'demo data (synthetic)',
    'data.samples': 'real report samples',
    'data.imported': 'imported data',
    'kind.township': 'townships',
    'kind.street': 'streets',
    'kind.department': 'county departments',
    'kind.government_office': 'government offices',
    'kind.jurisdiction': 'jurisdiction totals',
    trend: '{name} by year',
    everyAgency: 'One per agency (ZIP)',
    everyIndicator: 'Every indicator of this agency (ZIP)',
    perAgency: '{name}_per-agency',
    allIndicators: 'all-indicators',
  },
} as const;

export type Word = keyof (typeof WORDS)['zh'];

/** Fill `{name}` placeholders of an export word. */
export function word(lang: Lang, key: Word, vars: Record<string, string | number> = {}): string {
  const text: string = WORDS[lang][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}
