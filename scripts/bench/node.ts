import type { Figure } from './stats.ts';

/** Benchmarks that run in Node: parser throughput and consistency checks (added as those land). */
export async function nodeFigures(): Promise<Figure[]> {
  return [];
}
