/** The q-quantile (0..1) of samples, by nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The target from the issues, when there is one; `lowerIsBetter` decides the comparison. */
  target?: number;
  lowerIsBetter?: boolean;
}

/** Print figures as an aligned table with a verdict against each target. */
export function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((f) => {
    const verdict =
      f.target === undefined
        ? ''
        : (f.lowerIsBetter ?? true)
          ? f.value <= f.target ? 'ok' : 'MISSED'
          : f.value >= f.target ? 'ok' : 'MISSED';
    const target = f.target === undefined ? '' : `${(f.lowerIsBetter ?? true) ? '≤' : '≥'} ${f.target}`;
    return [f.name, round(f.value), f.unit, target, verdict];
  });
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 6));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i] ?? 6)).join('  '));
}

function round(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2);
}
