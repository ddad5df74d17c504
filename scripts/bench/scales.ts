/** A dataset size the bench measures; county is the embedded demo, the others are generated packs. */
export type ScaleName = 'county' | 'city' | 'province';

export const SCALES: readonly ScaleName[] = ['county', 'city', 'province'];

export interface ScaleTargets {
  firstChartCold?: number;
  interactive?: number;
  filterP95?: number;
  /** Renderer processes' resident memory, MB. */
  memoryMb?: number;
}

/** The targets (#9) per scale; city has none of its own. */
export const TARGETS: Record<ScaleName, ScaleTargets> = {
  county: { firstChartCold: 1500, filterP95: 50 },
  city: {},
  province: { interactive: 5000, filterP95: 200, memoryMb: 1500 },
};

/** App overhead over duckdb-wasm called directly, for the same SQL. */
export const OVERHEAD_TARGET = 1.2;

/** Views with the global filters, measured for filter-change latency. */
export const FILTERED_VIEWS = ['overview', 'requests', 'litigation', 'disclosure', 'compare', 'quality'] as const;

/** The scales named by `--scale` (repeatable or comma-separated); all of them by default. */
export function pickScales(argv: readonly string[]): ScaleName[] {
  const named = argv.flatMap((a, i) => (a === '--scale' ? (argv[i + 1] ?? '') : a.startsWith('--scale=') ? a.slice(8) : '').split(','));
  const wanted = named.filter(Boolean);
  const unknown = wanted.filter((s) => !(SCALES as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`unknown scale ${unknown.join(', ')}: use ${SCALES.join(', ')}`);
  return wanted.length ? SCALES.filter((s) => wanted.includes(s)) : [...SCALES];
}
