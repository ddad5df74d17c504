import type { EChartsOption } from 'echarts';
import { lineOption } from '../../src/charts/index.ts';
import type { BriefingMeta } from '../../src/export/briefing-option.ts';
import { briefingOption } from '../../src/export/briefing-option.ts';

/** A typical dashboard chart: a rate by year for two agency kinds. */
export function sampleChart(): EChartsOption {
  const rows = [2019, 2020, 2021, 2022, 2023].map((year, i) => ({
    year: String(year),
    township: 0.6 + i * 0.05,
    street: i === 2 ? null : 0.5 + i * 0.04,
  }));
  return lineOption(rows, {
    x: 'year',
    series: [
      { key: 'township', label: '乡镇' },
      { key: 'street', label: '街道' },
    ],
    yName: '公开率',
    format: (v) => `${(v * 100).toFixed(0)}%`,
  });
}

export const SAMPLE_META: BriefingMeta = {
  title: '公开率历年走势（乡镇与街道）',
  subtitle: '示范省 演示市 样例县 · 2019–2023 · 乡镇、街道',
  source: '来源：样例县 42 个机关 2019–2023 年政府信息公开工作年度报告（v2019/v2021 模板）· 演示数据（合成）',
  footnotes: ['公开率：（予以公开 + 部分公开）/ 办理结果总计。办结申请中全部或部分公开的比例。'],
  note: '⚠ 注意：所涉年报有 3 条一致性检查提示（其中 1 条为错误），相关数字可能有误，详见“数据质量”。',
  width: 960,
};

export const sampleBriefing = (meta: Partial<BriefingMeta> = {}) => briefingOption(sampleChart(), { ...SAMPLE_META, ...meta });
