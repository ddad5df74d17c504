import type { Agency, AgencyKind } from '../domain/index.ts';

type Range = readonly [number, number];

/** How busy an agency is: yearly ranges the generator draws from. */
export interface Profile {
  requests: Range;
  licensing: Range;
  otherServices: Range;
  penalty: Range;
  coercion: Range;
  /** Administrative fees collected, in 元. */
  feesYuan: Range;
  normativeDocs: Range;
  /** Land or demolition work: more refusals, reviews and suits. */
  land: boolean;
  /** Chance of a review (and a suit) in a year, for agencies without land work. */
  disputeRate: number;
}

export interface DemoAgency {
  agency: Agency;
  profile: Profile;
}

const NONE: Range = [0, 0];

const base = (p: Partial<Profile>): Profile => ({
  requests: [0, 3],
  licensing: NONE,
  otherServices: NONE,
  penalty: NONE,
  coercion: NONE,
  feesYuan: NONE,
  normativeDocs: [0, 1],
  land: false,
  disputeRate: 0.04,
  ...p,
});

const TOWNSHIPS = [
  '城关镇', '青石镇', '白沙镇', '清水镇', '桃源镇', '东岭镇', '西河镇', '南湖乡', '北山乡', '红旗乡',
  '柳林乡', '长安街道', '文昌街道', '新华街道', '滨江街道',
] as const;

const DEPARTMENTS: readonly (readonly [string, Partial<Profile>])[] = [
  ['发展和改革局', { requests: [1, 6], licensing: [20, 80], normativeDocs: [0, 2] }],
  ['教育局', { requests: [2, 10], licensing: [10, 40], normativeDocs: [0, 3] }],
  ['科学技术局', { requests: [0, 2] }],
  ['公安局', { requests: [3, 12], licensing: [3000, 9000], penalty: [1500, 4000], coercion: [100, 400], feesYuan: [400000, 2000000], disputeRate: 0.25 }],
  ['民政局', { requests: [1, 6], licensing: [5, 30] }],
  ['司法局', { requests: [0, 4], licensing: [5, 20] }],
  ['财政局', { requests: [1, 6], normativeDocs: [0, 3] }],
  ['人力资源和社会保障局', { requests: [2, 10], licensing: [50, 200], penalty: [0, 10], disputeRate: 0.1 }],
  ['自然资源局', { requests: [8, 30], licensing: [300, 900], penalty: [20, 80], coercion: [0, 10], feesYuan: [1000000, 4000000], land: true, normativeDocs: [1, 4] }],
  ['生态环境分局', { requests: [1, 6], licensing: [20, 80], penalty: [20, 80], coercion: [5, 20] }],
  ['住房和城乡建设局', { requests: [6, 25], licensing: [200, 600], penalty: [10, 60], feesYuan: [200000, 1000000], land: true, normativeDocs: [1, 3] }],
  ['交通运输局', { requests: [1, 6], licensing: [300, 1200], penalty: [200, 800], coercion: [5, 30], feesYuan: [10000, 100000] }],
  ['水利局', { requests: [0, 4], licensing: [20, 60], penalty: [5, 20] }],
  ['农业农村局', { requests: [1, 6], licensing: [50, 200], penalty: [10, 40], otherServices: [10, 60] }],
  ['商务局', { requests: [0, 3], licensing: [5, 30] }],
  ['文化和旅游局', { requests: [0, 4], licensing: [20, 80], penalty: [5, 30] }],
  ['卫生健康局', { requests: [1, 8], licensing: [300, 800], penalty: [30, 120], otherServices: [50, 200] }],
  ['退役军人事务局', { requests: [0, 3] }],
  ['应急管理局', { requests: [0, 4], licensing: [30, 100], penalty: [20, 80], coercion: [0, 10] }],
  ['审计局', { requests: [0, 2] }],
  ['市场监督管理局', { requests: [3, 15], licensing: [1500, 4000], penalty: [150, 600], coercion: [10, 60], feesYuan: [20000, 60000], disputeRate: 0.2 }],
  ['医疗保障局', { requests: [0, 4], penalty: [0, 20] }],
  ['统计局', { requests: [0, 2], penalty: [0, 5] }],
  ['林业局', { requests: [0, 4], licensing: [50, 150], penalty: [10, 50] }],
  ['综合行政执法局', { requests: [3, 12], licensing: [50, 200], penalty: [300, 1200], coercion: [20, 100], disputeRate: 0.3 }],
];

/** The demo county's agencies: townships and streets, departments, the government office, the aggregate. */
export function demoAgencies(province: string, city: string, county: string, townships: readonly string[] = TOWNSHIPS): DemoAgency[] {
  const make = (name: string, kind: AgencyKind, profile: Profile): DemoAgency => ({
    agency: { id: `${province}/${city}/${county}/${name}`, name, kind, province, city, county },
    profile,
  });
  const towns = townships.map((t) => {
    const street = t.endsWith('街道');
    const name = street ? `${t}办事处` : `${t}人民政府`;
    const busy = t === '城关镇' || street;
    return make(name, street ? 'street' : 'township', base({
      requests: [0, busy ? 5 : 3],
      licensing: [0, 20],
      otherServices: [0, 30],
      penalty: [0, 15],
      coercion: [0, 2],
      normativeDocs: [0, 1],
      disputeRate: busy ? 0.08 : 0.02,
    }));
  });
  const departments = DEPARTMENTS.map(([d, p]) => make(`${county}${d}`, 'department', base(p)));
  const office = make(`${county}人民政府办公室`, 'government_office', base({
    requests: [10, 30],
    normativeDocs: [4, 12],
    disputeRate: 0.5,
  }));
  const jurisdiction = make(county, 'jurisdiction', base({}));
  return [...towns, ...departments, office, jurisdiction];
}
