import type { ReportRecord } from '../domain/index.ts';
import { fmt, keysOf, labelEn, labelZh, tableTemplate, valueOf } from './cells.ts';
import type { Finding, RuleInfo } from './types.ts';
import { reportId } from './types.ts';

export const PLAUSIBILITY_RULES: readonly RuleInfo[] = [
  {
    id: 'P1', family: 'plausibility', severity: 'warning', nameZh: '县级及以下机关填报规章', nameEn: 'Regulations at county level or below',
    descriptionZh: '乡镇、街道和县级机关无权制定规章，规章栏不为 0 可疑',
    descriptionEn: 'Townships, streets and county bodies cannot make 规章: a non-zero regulations cell is suspicious',
  },
  {
    id: 'P2', family: 'plausibility', severity: 'warning', nameZh: '金额量级突变', nameEn: 'Money magnitude jump',
    descriptionZh: '金额与本机关其他年度中位数相差千倍以上，疑为元/万元混淆',
    descriptionEn: 'A money cell ≥ 1000× off the median of the agency’s other years suggests 元/万元 confusion',
  },
];

/**
 * Agencies that cannot make 规章: townships and streets always; departments, offices and jurisdictions
 * unless the agency has no county, i.e. sits at city level or above (a 设区的市 government may make 规章,
 * and city departments often report the 规章 they drafted).
 */
export function belowRegulationLevel(record: ReportRecord): boolean {
  const { kind, county } = record.agency;
  return kind === 'township' || kind === 'street' || county.trim() !== '';
}

/** P1: a township or county body reports non-zero 规章 cells. */
export function checkRegulations(record: ReportRecord, id: string): Finding[] {
  const template = tableTemplate(record, 't2');
  if (!template || !belowRegulationLevel(record)) return [];
  const keys = keysOf(template, 't2').filter((k) => k.row === 'regulations').map((k) => k.key);
  const nonZero = keys.filter((k) => (valueOf(record, k) ?? 0) !== 0);
  if (nonZero.length === 0) return [];
  const zh = nonZero.map((k) => `${labelZh(template, k)} = ${fmt(valueOf(record, k) ?? 0)}`).join('，');
  const en = nonZero.map((k) => `${labelEn(k)} = ${fmt(valueOf(record, k) ?? 0)}`).join(', ');
  return [{
    reportId: id, rule: 'P1', severity: 'warning', cells: nonZero, expected: 0, actual: valueOf(record, nonZero[0] ?? ''),
    messageZh: `${record.agency.name}为县级及以下机关，无权制定规章，但 ${zh}（P1）`,
    messageEn: `a county-level or lower agency cannot make regulations, but ${en} (P1)`,
  }];
}

const MONEY_KEYS = ['t2.admin_fees.amount_wan_yuan', 't2.central_procurement.amount_wan_yuan'] as const;
/** |log10(value / median of other years)| at or above this is a unit confusion (a 10⁴ slip shows as ≥ 10³ even if the true value moved 10×). */
export const P2_LOG10_RATIO = 3;
/** The median needs this many other non-zero years, so that it is not the outlier itself. */
export const P2_MIN_OTHER_YEARS = 2;

/** Median in log space (geometric mean of the middle pair), robust to one 10⁴ outlier among few years. */
function logMedian(values: readonly number[]): number {
  const logs = values.map(Math.log10).sort((a, b) => a - b);
  const mid = logs.length / 2;
  const m = logs.length % 2 === 1 ? (logs[Math.floor(mid)] ?? 0) : ((logs[mid - 1] ?? 0) + (logs[mid] ?? 0)) / 2;
  return 10 ** m;
}

/** P2: money cells 10³⁺ times above or below the agency's own other years (records of one agency). */
export function checkMoneyJumps(records: readonly ReportRecord[]): Finding[] {
  const findings: Finding[] = [];
  for (const key of MONEY_KEYS) {
    const years = records.flatMap((r) => {
      const v = valueOf(r, key);
      const template = tableTemplate(r, 't2');
      return v !== null && v > 0 && template ? [{ r, v, template }] : [];
    });
    if (years.length < P2_MIN_OTHER_YEARS + 1) continue;
    for (const { r, v, template } of years) {
      const median = logMedian(years.filter((y) => y.r !== r).map((y) => y.v));
      const ratio = v / median;
      if (Math.abs(Math.log10(ratio)) < P2_LOG10_RATIO) continue;
      const times = ratio >= 1 ? `${fmt(Math.round(ratio))} 倍` : `1/${fmt(Math.round(1 / ratio))}`;
      findings.push({
        reportId: reportId(r), rule: 'P2', severity: 'warning', cells: [key], expected: Number(median.toPrecision(6)), actual: v,
        messageZh: `${labelZh(template, key)} = ${fmt(v)} 万元，是本机关其他年度中位数 ${fmt(Number(median.toPrecision(6)))} 万元的 ${times}，疑为元/万元混淆（P2）`,
        messageEn: `${labelEn(key)} = ${fmt(v)} (10k yuan) is ${ratio >= 1 ? `${fmt(Math.round(ratio))}×` : `1/${fmt(Math.round(1 / ratio))}`} the median ${fmt(Number(median.toPrecision(6)))} of the agency's other years: 元/万元 confusion? (P2)`,
      });
    }
  }
  return findings;
}
