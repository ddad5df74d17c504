import type { CellValue } from '../domain/index.ts';
import { count } from './cells.ts';

/** A defect the demo data carries on purpose, so the checks can be shown to find it. */
export interface PlantedDefect {
  /** R3.1, R3.2, R3.3, X1, P1, P2, N1; M1 = report missing; C1 = copied report (identical numbers). */
  rule: string;
  agencyId: string;
  reportId: string;
  year: number;
  cells: string[];
  note: string;
  /** Other rules the same change necessarily breaks (one wrong cell upsets a row and a column). */
  alsoBreaks: string[];
}

/** A real feature of the data that is not an error (a surge of requests), for funnel plots and tests. */
export interface Outlier {
  agencyId: string;
  reportId: string;
  year: number;
  cells: string[];
  note: string;
}

type Cells = Record<string, CellValue>;

/** Where the demo plants its defects: agency names (without the county prefix for departments) and years. */
export const DEFECT_PLAN = {
  missing: [
    ['北山乡人民政府', 2019],
    ['审计局', 2020],
    ['东岭镇人民政府', 2023],
  ],
  copy: ['市场监督管理局', 2023],
  spike: ['住房和城乡建设局', 2022],
  stuck: [
    ['红旗乡人民政府', [2021, 2022]],
    ['新华街道办事处', [2021]],
    ['统计局', [2021]],
  ],
  mixed: ['柳林乡人民政府', 2022],
} as const;

const bump = (cells: Cells, key: string, delta: number): void => {
  cells[key] = count((cells[key]?.value ?? 0) + delta);
};

interface CellDefect {
  rule: string;
  agency: string;
  year: number;
  alsoBreaks: string[];
  note: string;
  apply: (cells: Cells) => string[];
}

/** Defects written into a report's cells after it was generated consistently. */
export const CELL_DEFECTS: readonly CellDefect[] = [
  {
    rule: 'R3.1', agency: '教育局', year: 2022, alsoBreaks: [],
    note: '本年新收 one too many in 自然人 and 总计: the flow (一+二 = 三+四) breaks in both columns',
    apply: (c) => {
      bump(c, 't3.received_new.natural_person', 1);
      bump(c, 't3.received_new.total', 1);
      return ['t3.received_new.natural_person', 't3.received_new.total'];
    },
  },
  {
    rule: 'R3.1', agency: '城关镇人民政府', year: 2020, alsoBreaks: ['R3.2'],
    note: '（七）总计 off by one in 自然人 and 总计: flow and outcome sum both break',
    apply: (c) => {
      const delta = (c['t3.processed_total.natural_person']?.value ?? 0) > 0 ? -1 : 1;
      bump(c, 't3.processed_total.natural_person', delta);
      bump(c, 't3.processed_total.total', delta);
      return ['t3.processed_total.natural_person', 't3.processed_total.total'];
    },
  },
  {
    rule: 'R3.2', agency: '民政局', year: 2021, alsoBreaks: [],
    note: '（一）予以公开 one too many in 自然人 and 总计: outcomes no longer add up to （七）总计',
    apply: (c) => {
      bump(c, 't3.granted.natural_person', 1);
      bump(c, 't3.granted.total', 1);
      return ['t3.granted.natural_person', 't3.granted.total'];
    },
  },
  {
    rule: 'R3.3', agency: '人力资源和社会保障局', year: 2024, alsoBreaks: ['R3.2'],
    note: '总计 of 本机关不掌握相关政府信息 is one more than its row',
    apply: (c) => {
      bump(c, 't3.cannot_not_held.total', 1);
      return ['t3.cannot_not_held.total'];
    },
  },
  {
    rule: 'X1', agency: '卫生健康局', year: 2025, alsoBreaks: [],
    note: '上年结转 one more than last year\'s 结转下年度 (自然人); 结转下年度 raised too, so R3.1 still holds',
    apply: (c) => {
      for (const key of ['t3.carried_over_in.natural_person', 't3.carried_over_in.total', 't3.carried_over_out.natural_person', 't3.carried_over_out.total']) bump(c, key, 1);
      return ['t3.carried_over_in.natural_person', 't3.carried_over_in.total'];
    },
  },
  {
    rule: 'P2', agency: '交通运输局', year: 2022, alsoBreaks: [],
    note: '本年收费金额 written in 元 under the 万元 header: 10⁴ times the agency\'s other years',
    apply: (c) => {
      const yuan = Math.round((c['t2.admin_fees.amount_wan_yuan']?.value ?? 0) * 10000) || 35000;
      c['t2.admin_fees.amount_wan_yuan'] = { value: yuan, raw: String(yuan), unit: '万元' };
      return ['t2.admin_fees.amount_wan_yuan'];
    },
  },
  {
    rule: 'P1', agency: '青石镇人民政府', year: 2025, alsoBreaks: [],
    note: 'a township reports 规章 (制发 1, 现行有效 1): townships cannot make 规章',
    apply: (c) => {
      c['t2.regulations.issued'] = count(1);
      c['t2.regulations.in_force'] = count(1);
      return ['t2.regulations.issued', 't2.regulations.in_force'];
    },
  },
];

/** The narrative defect: section 一 quotes a received count the table does not have. */
export const N1_DEFECT = { agency: '自然资源局', year: 2021, offset: 3 } as const;
