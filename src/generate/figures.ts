import type { AgencyKind, T4Group } from '../domain/index.ts';
import { t3OutcomeRows, T4_GROUPS } from '../domain/index.ts';
import type { Profile } from './agencies.ts';
import type { Rng } from './prng.ts';

/** Six applicant columns (自然人 + five organisation kinds), without the total. */
export type Vec = number[];
export const ITEM_ROWS = ['licensing', 'other_mgmt_services', 'penalty', 'coercion', 'admin_fees'] as const;
export type ItemRow = (typeof ITEM_ROWS)[number];
/** Outcome rows in their most detailed (v2021) form; v2019 folds the three （六） rows into one. */
export const OUTCOMES = t3OutcomeRows('v2021');

/** What an agency really did in a year, before it is written into a template. */
export interface YearFigures {
  t3: Record<string, Vec>;
  /** [upheld, corrected, other, pending] per group. */
  t4: Record<T4Group, number[]>;
  normative: { issued: number; repealed: number; inForce: number; publishedTotal: number };
  items: Record<ItemRow, { prev: number; change: number }>;
  decisions: { licensing: number; other_mgmt_services: number; penalty: number; coercion: number };
  feesYuan: number;
  procurement: { projects: number; amountYuan: number };
  /** 信息处理费 charged to applicants (narrative section 六). */
  infoFeeYuan: number;
}

export interface YearOptions {
  /** A one-off surge of requests (the demo's outlier). */
  spike?: boolean;
  /** Carry over exactly what came in (so a copied report can repeat the year without breaking X1). */
  hold?: boolean;
}

const APPLICANT_WEIGHTS = [94, 2.5, 0.1, 0.4, 1.2, 1.8];
const OUTCOME_WEIGHTS = [40, 8, 0.5, 1, 0.5, 2, 1.5, 2, 1.5, 1, 22, 2, 2, 2, 2, 0.5, 1, 1.5, 3, 0.5, 3];
const LAND_OUTCOME_WEIGHTS = [30, 12, 0.5, 1, 1, 3, 1.5, 5, 2, 1, 25, 3, 2, 4, 2, 0.5, 2, 1.5, 3, 0.5, 3];
const T4_WEIGHTS = [60, 8, 17, 15];

export const zeros = (n = 6): Vec => Array.from({ length: n }, () => 0);
export const sumVec = (vs: readonly Vec[], n = 6): Vec => vs.reduce((acc, v) => acc.map((a, i) => a + (v[i] ?? 0)), zeros(n));

const skewed = (rng: Rng, [lo, hi]: readonly [number, number], power = 1.6): number =>
  lo + Math.floor((hi - lo + 1) * rng.next() ** power);
const draw = (rng: Rng, [lo, hi]: readonly [number, number]): number => (hi === 0 ? 0 : rng.int(lo, hi));

function requests(rng: Rng, profile: Profile, township: boolean, opts: YearOptions): Vec {
  const received = zeros();
  // Townships mostly receive nothing at all in a year.
  const n = opts.spike ? rng.int(150, 180) : skewed(rng, profile.requests, township ? 2.6 : 1.6);
  const weights = opts.spike ? [99, 0.5, 0, 0, 0.5, 0] : APPLICANT_WEIGHTS;
  for (let i = 0; i < n; i++) received[rng.weighted(weights)]! += 1;
  return received;
}

function t3Figures(rng: Rng, profile: Profile, township: boolean, carriedIn: Vec, opts: YearOptions): Record<string, Vec> {
  const received = requests(rng, profile, township, opts);
  const pending = profile.land ? 0.06 : 0.03;
  const out = opts.hold ? [...carriedIn] : received.map((r) => Array.from({ length: r }).filter(() => rng.chance(pending)).length);
  const rows: Record<string, Vec> = { received_new: received, carried_over_in: [...carriedIn], carried_over_out: out };
  for (const row of OUTCOMES) rows[row] = zeros();
  const weights = profile.land ? LAND_OUTCOME_WEIGHTS : OUTCOME_WEIGHTS;
  for (let c = 0; c < 6; c++) {
    const processed = (received[c] ?? 0) + (carriedIn[c] ?? 0) - (out[c] ?? 0);
    for (let i = 0; i < processed; i++) rows[OUTCOMES[rng.weighted(weights)] ?? 'granted']![c]! += 1;
  }
  return rows;
}

function t4Figures(rng: Rng, profile: Profile, opts: YearOptions): Record<T4Group, number[]> {
  const rate = profile.disputeRate;
  const counts = profile.land
    ? [skewed(rng, [0, 5]), skewed(rng, [0, 3]), skewed(rng, [0, 2])]
    : [rng.chance(rate) ? rng.int(1, 2) : 0, rng.chance(rate / 2) ? 1 : 0, rng.chance(rate / 4) ? 1 : 0];
  if (opts.spike) counts.splice(0, 2, (counts[0] ?? 0) + rng.int(6, 10), (counts[1] ?? 0) + rng.int(3, 5));
  const groups = T4_GROUPS.map((g, i) => {
    const v = zeros(4);
    for (let k = 0; k < (counts[i] ?? 0); k++) v[rng.weighted(T4_WEIGHTS)]! += 1;
    return [g, v] as const;
  });
  return Object.fromEntries(groups) as Record<T4Group, number[]>;
}

function firstItems(rng: Rng, profile: Profile): Record<ItemRow, { prev: number; change: number }> {
  const start = (r: readonly [number, number]): number => (r[1] === 0 ? 0 : r[1] >= 1000 ? rng.int(100, 400) : rng.int(2, 40));
  return {
    licensing: { prev: start(profile.licensing), change: 0 },
    other_mgmt_services: { prev: start(profile.otherServices), change: 0 },
    penalty: { prev: start(profile.penalty), change: 0 },
    coercion: { prev: start(profile.coercion), change: 0 },
    admin_fees: { prev: profile.feesYuan[1] === 0 ? 0 : rng.int(1, 6), change: 0 },
  };
}

function nextItems(rng: Rng, prev: YearFigures['items'] | null, profile: Profile): YearFigures['items'] {
  const start = prev ? null : firstItems(rng, profile);
  const entries = ITEM_ROWS.map((row) => {
    const p = prev ? prev[row].prev + prev[row].change : (start?.[row].prev ?? 0);
    const change = p > 0 && rng.chance(0.3) ? Math.max(-p, rng.int(-3, 4)) : 0;
    return [row, { prev: p, change }] as const;
  });
  return Object.fromEntries(entries) as YearFigures['items'];
}

/** Draw one year of an agency's activity, continuing from last year's figures (carry-over, stocks). */
export function nextYear(
  rng: Rng,
  profile: Profile,
  kind: AgencyKind,
  year: number,
  prev: YearFigures | null,
  opts: YearOptions = {},
): YearFigures {
  const township = kind === 'township' || kind === 'street';
  const carriedIn = prev?.t3.carried_over_out ?? (!township && rng.chance(0.3) ? [1, 0, 0, 0, 0, 0] : zeros());
  const inForcePrev = prev?.normative.inForce ?? (profile.normativeDocs[1] >= 4 ? rng.int(30, 60) : rng.int(0, 12));
  const issued = skewed(rng, profile.normativeDocs);
  const repealed = inForcePrev > 0 && rng.chance(0.3) ? rng.int(0, Math.min(3, inForcePrev)) : 0;
  const enforcing = !township || year >= 2021;
  const projects = rng.chance(township ? 0.5 : 0.6) ? rng.int(1, township ? 3 : 8) : 0;
  return {
    t3: t3Figures(rng, profile, township, carriedIn, opts),
    t4: t4Figures(rng, profile, opts),
    normative: {
      issued,
      repealed,
      inForce: inForcePrev + issued - repealed,
      publishedTotal: (prev?.normative.publishedTotal ?? inForcePrev + rng.int(0, 10)) + issued,
    },
    items: nextItems(rng, prev?.items ?? null, profile),
    decisions: {
      licensing: township && rng.chance(0.6) ? 0 : draw(rng, profile.licensing),
      other_mgmt_services: township && rng.chance(0.6) ? 0 : draw(rng, profile.otherServices),
      penalty: enforcing && !(township && rng.chance(0.5)) ? draw(rng, profile.penalty) : 0,
      coercion: enforcing && !(township && rng.chance(0.8)) ? draw(rng, profile.coercion) : 0,
    },
    feesYuan: draw(rng, profile.feesYuan),
    procurement: { projects, amountYuan: projects * rng.int(500, 8000) * 100 },
    infoFeeYuan: year >= 2021 && rng.chance(0.03) ? rng.int(1, 5) * 100 : 0,
  };
}
