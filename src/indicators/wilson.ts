/** Wilson score interval for a proportion k/n at ~95 % (z = 1.96); null when n = 0. */
export function wilson(k: number, n: number, z = 1.96): { low: number; high: number } | null {
  if (n <= 0) return null;
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Funnel-plot control limits around a baseline rate p for a denominator n (normal approximation). */
export function funnelLimits(p: number, n: number, z = 1.96): { low: number; high: number } {
  const half = z * Math.sqrt((p * (1 - p)) / Math.max(n, 1));
  return { low: Math.max(0, p - half), high: Math.min(1, p + half) };
}

/** Below this denominator a rate is shown as "insufficient data", not as a number to rank. */
export const MIN_DENOMINATOR = 5;
