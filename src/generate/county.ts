import type { Agency, ExtraRow, ReportRecord, TableId, Template } from '../domain/index.ts';
import { sumFigures } from './aggregate.ts';
import type { DemoAgency } from './agencies.ts';
import { demoAgencies } from './agencies.ts';
import type { CellStyle } from './cells.ts';
import { figureCells } from './cells.ts';
import type { Outlier, PlantedDefect } from './defects.ts';
import { CELL_DEFECTS, DEFECT_PLAN, N1_DEFECT } from './defects.ts';
import type { YearFigures } from './figures.ts';
import { nextYear } from './figures.ts';
import { narrative, quotedFigures } from './narrative.ts';
import type { Rng } from './prng.ts';
import { createRng, hashSeed } from './prng.ts';

/** Seed of the committed demo data (data/demo). */
export const DEMO_SEED = 20190501;

export interface GenerateOptions {
  seed?: number;
  province?: string;
  city?: string;
  county?: string;
  /** First and last report year, both included. */
  years?: [number, number];
  /** Plant the demo's defects (missing reports, broken sums, a copy, a spike); true unless said otherwise. */
  defects?: boolean;
  /** Township and street names (without 人民政府/办事处); the demo's fifteen unless given. */
  townships?: readonly string[];
}

export interface DemoCounty {
  agencies: Agency[];
  reports: ReportRecord[];
  planted: PlantedDefect[];
  outliers: Outlier[];
}

type Figures = Map<string, Map<number, YearFigures>>;

const FILE_TYPES = { township: 'pdf', street: 'pdf', department: 'html', government_office: 'docx', jurisdiction: 'html' } as const;

function yearsOf([from, to]: [number, number]): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function drawFigures(demo: readonly DemoAgency[], years: readonly number[], seed: number, is: Matcher): Figures {
  const figures: Figures = new Map();
  const [copyAgency, copyYear] = DEFECT_PLAN.copy;
  const [spikeAgency, spikeYear] = DEFECT_PLAN.spike;
  for (const { agency, profile } of demo.filter((d) => d.agency.kind !== 'jurisdiction')) {
    const rng = createRng(hashSeed(agency.name, seed));
    const byYear = new Map<number, YearFigures>();
    let prev: YearFigures | null = null;
    for (const year of years) {
      const hold = is(agency, copyAgency) && year === copyYear;
      let f = nextYear(rng, profile, agency.kind, year, prev, { hold, spike: is(agency, spikeAgency) && year === spikeYear });
      if (hold) f = { ...f, normative: { ...f.normative, repealed: f.normative.issued, inForce: prev?.normative.inForce ?? 0 } };
      if (is(agency, copyAgency) && year === copyYear + 1 && prev) f = { ...structuredClone(prev), items: f.items, procurement: f.procurement };
      byYear.set(year, f);
      prev = f;
    }
    figures.set(agency.id, byYear);
  }
  const whole = demo.find((d) => d.agency.kind === 'jurisdiction');
  if (whole) {
    const sums = years.map((y) => [y, sumFigures([...figures.values()].flatMap((m) => m.get(y) ?? []))] as const);
    figures.set(whole.agency.id, new Map(sums));
  }
  return figures;
}

type Matcher = (agency: Agency, short: string) => boolean;

function tablesFor(agency: Agency, year: number, is: Matcher): Record<TableId, Template> {
  const all = (t: Template): Record<TableId, Template> => ({ t2: t, t3: t, t4: t });
  if (year <= 2020) return all('v2019');
  const [mixedAgency, mixedYear] = DEFECT_PLAN.mixed;
  if (is(agency, mixedAgency) && year === mixedYear) return { t2: 'v2019', t3: 'v2021', t4: 'v2021' };
  const stuck = DEFECT_PLAN.stuck.some(([name, ys]) => is(agency, name) && (ys as readonly number[]).includes(year));
  return all(stuck ? 'v2019' : 'v2021');
}

function styleFor(agency: Agency, rng: Rng, is: Matcher): CellStyle {
  return {
    plusSign: rng.chance(0.5),
    money: rng.pick(['元', '万元', 'bare'] as const),
    blankOutcomeTotals: is(agency, '水利局'),
    blankProcurement: is(agency, '白沙镇人民政府'),
  };
}

/** The agency that adds its own rows (行政检查, 行政确认) to section 二, as some real reports do. */
const EXTRA_ROWS_AGENCY = '农业农村局';

function extraRows(rng: Rng, template: Template): ExtraRow[] {
  return ['行政检查', '行政确认'].map((label) => {
    const values = template === 'v2019' ? [rng.int(2, 9), 0, rng.int(10, 90)] : [rng.int(10, 90)];
    return { table: 't2', label, raw: values.map(String), values };
  });
}

function record(agency: Agency, year: number, tables: Record<TableId, Template>, rng: Rng): ReportRecord {
  const same = tables.t2 === tables.t3 && tables.t3 === tables.t4;
  return {
    agency,
    year,
    template: same ? tables.t3 : 'mixed',
    tables: { ...tables },
    sourceFile: `synthetic/${agency.name}-${year}.${FILE_TYPES[agency.kind]}`,
    title: `${agency.name}${year}年政府信息公开工作年度报告`,
    publishDate: `${year + 1}-01-${String(rng.int(10, 31))}`,
    cells: {},
    extraRows: [],
    narrative: {},
    issues: [],
    ambiguous: {},
    dataset: 'demo',
  };
}

/** A synthetic county (示范省 演示市 样例县) with every agency's reports and the defects planted in them. */
export function generateCounty(options: GenerateOptions = {}): DemoCounty {
  const seed = options.seed ?? DEMO_SEED;
  const county = options.county ?? '样例县';
  const demo = demoAgencies(options.province ?? '示范省', options.city ?? '演示市', county, options.townships);
  const is: Matcher = (agency, short) => agency.name === short || agency.name === `${county}${short}`;
  // Template habits (agencies stuck on v2019, a mixed report) are real practice, not defects: they stay.
  const plants: Matcher = options.defects === false ? () => false : is;
  const years = yearsOf(options.years ?? [2019, 2025]);
  const figures = drawFigures(demo, years, seed, plants);
  const reports: ReportRecord[] = [];
  const planted: PlantedDefect[] = [];
  const outliers: Outlier[] = [];
  for (const { agency } of demo) {
    const styleRng = createRng(hashSeed(`${agency.name}|style`, seed));
    const style = styleFor(agency, styleRng, is);
    for (const year of years) {
      const reportId = `${agency.id}|${year}`;
      const f = figures.get(agency.id)?.get(year);
      if (!f) continue;
      if (DEFECT_PLAN.missing.some(([name, y]) => plants(agency, name) && y === year)) {
        planted.push({ rule: 'M1', agencyId: agency.id, reportId, year, cells: [], note: 'no report published for this year', alsoBreaks: [] });
        continue;
      }
      const rng = createRng(hashSeed(`${agency.name}|${year}`, seed));
      const r = record(agency, year, tablesFor(agency, year, is), rng);
      r.cells = figureCells(f, { t2: r.tables.t2 ?? 'v2021', t3: r.tables.t3 ?? 'v2021', t4: r.tables.t4 ?? 'v2021' }, style);
      if (is(agency, EXTRA_ROWS_AGENCY)) r.extraRows = extraRows(rng, r.tables.t2 ?? 'v2021');
      for (const d of CELL_DEFECTS.filter((d) => plants(agency, d.agency) && d.year === year)) {
        planted.push({ rule: d.rule, agencyId: agency.id, reportId, year, cells: d.apply(r.cells), note: d.note, alsoBreaks: d.alsoBreaks });
      }
      const quoted = quotedFigures(r.cells);
      if (plants(agency, N1_DEFECT.agency) && year === N1_DEFECT.year) {
        quoted.received += N1_DEFECT.offset;
        planted.push({ rule: 'N1', agencyId: agency.id, reportId, year, cells: ['t3.received_new.total'], note: `section 一 quotes ${quoted.received} received requests; the table has ${quoted.received - N1_DEFECT.offset}`, alsoBreaks: [] });
      }
      r.narrative = narrative(rng, agency.name, year, quoted, f.infoFeeYuan);
      reports.push(r);
    }
  }
  planted.push(...copyDefect(demo, plants, reports));
  outliers.push(...spikeOutlier(demo, plants));
  return { agencies: demo.map((d) => d.agency), reports, planted, outliers };
}

function copyDefect(demo: readonly DemoAgency[], is: Matcher, reports: readonly ReportRecord[]): PlantedDefect[] {
  const [name, year] = DEFECT_PLAN.copy;
  const agency = demo.find((d) => is(d.agency, name))?.agency;
  if (!agency || !reports.some((r) => r.agency.id === agency.id && r.year === year + 1)) return [];
  const copied = reports.find((r) => r.agency.id === agency.id && r.year === year + 1);
  const cells = Object.entries(copied?.cells ?? {}).filter(([, c]) => (c.value ?? 0) !== 0).map(([key]) => key);
  return [{ rule: 'C1', agencyId: agency.id, reportId: `${agency.id}|${year + 1}`, year: year + 1, cells, note: `every number repeats the ${year} report (${agency.id}|${year})`, alsoBreaks: [] }];
}

function spikeOutlier(demo: readonly DemoAgency[], is: Matcher): Outlier[] {
  const [name, year] = DEFECT_PLAN.spike;
  const agency = demo.find((d) => is(d.agency, name))?.agency;
  if (!agency) return [];
  return [{ agencyId: agency.id, reportId: `${agency.id}|${year}`, year, cells: ['t3.received_new.total', 't4.review.total', 't4.litigation_direct.total'], note: 'a demolition project drew a surge of requests, reviews and suits (real, not an error)' }];
}
