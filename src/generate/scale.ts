import type { DemoCounty } from './county.ts';
import { DEMO_SEED, generateCounty } from './county.ts';
import type { Rng } from './prng.ts';
import { createRng, hashSeed } from './prng.ts';

/** Generated dataset sizes: a county (the demo), a city of counties, a province of cities. */
export type Scale = 'county' | 'city' | 'province';

/** One county to generate: where it is, its townships, whether it carries the planted defects. */
export interface CountySpec {
  index: number;
  province: string;
  city: string;
  county: string;
  /** Null: the demo's own fifteen townships (the planted defects name some of them). */
  townships: readonly string[] | null;
  defects: boolean;
  seed: number;
}

const SHAPES: Record<Scale, { cities: number; counties: number }> = {
  county: { cities: 1, counties: 1 },
  city: { cities: 1, counties: 24 },
  province: { cities: 14, counties: 17 },
};

/** Planted defects go into one county in this many: rare at scale, yet every scale has some. */
const DEFECT_EVERY = 10;

const SYLLABLES = [...'安宁平和永丰清河江山泉石林阳明华新兴长东西南北云龙凤鹤溪湖岭川桥源昌盛德福寿康泰乐'];
const TOWN_SUFFIXES = ['镇', '镇', '镇', '乡', '乡', '街道'] as const;

/** Two-syllable names, unique within `used`, drawn deterministically. */
function placeName(rng: Rng, suffix: string, used: Set<string>): string {
  for (;;) {
    const name = `${rng.pick(SYLLABLES)}${rng.pick(SYLLABLES)}${suffix}`;
    if (name[0] !== name[1] && !used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** The counties of a scale, in order; county 0 is the demo county itself (same seed, names and defects). */
export function* countySpecs(scale: Scale, seed = DEMO_SEED): Generator<CountySpec> {
  const shape = SHAPES[scale];
  const rng = createRng(hashSeed(`scale|${scale}`, seed));
  const cities = new Set<string>(['演示市']);
  const counties = new Set<string>(['样例县']);
  let index = 0;
  for (let c = 0; c < shape.cities; c++) {
    const city = c === 0 ? '演示市' : placeName(rng, '市', cities);
    for (let k = 0; k < shape.counties; k++, index++) {
      const demo = index === 0;
      const county = demo ? '样例县' : placeName(rng, rng.chance(0.7) ? '县' : '区', counties);
      const defects = index % DEFECT_EVERY === 0;
      const towns = new Set<string>();
      const townships = defects ? null : Array.from({ length: 15 }, () => placeName(rng, rng.pick(TOWN_SUFFIXES), towns));
      yield { index, province: '示范省', city, county, townships, defects, seed: demo ? seed : hashSeed(`${city}|${county}`, seed) };
    }
  }
}

/** How many counties a scale has (for progress lines). */
export const countyCount = (scale: Scale): number => SHAPES[scale].cities * SHAPES[scale].counties;

/** Generate one county of a scale (synthetic like the demo: its reports are in dataset 'demo'). */
export function generateScaleCounty(spec: CountySpec): DemoCounty {
  return generateCounty({
    seed: spec.seed,
    province: spec.province,
    city: spec.city,
    county: spec.county,
    defects: spec.defects,
    ...(spec.townships ? { townships: spec.townships } : {}),
  });
}
