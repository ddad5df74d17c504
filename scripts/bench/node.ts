import { checkAll } from '../../src/checks/index.ts';
import { generateCounty } from '../../src/generate/index.ts';
import type { Figure } from './stats.ts';
import { quantile } from './stats.ts';

function timeRuns(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/** Benchmarks that run in Node: consistency checks now; parser throughput as it lands. */
export async function nodeFigures(): Promise<Figure[]> {
  const { reports } = generateCounty();
  const checks = timeRuns(10, () => checkAll(reports));
  return [
    { name: `checks: all rules over the demo county (${reports.length} reports), Node, median of 10`, value: quantile(checks, 0.5), unit: 'ms', target: 200 },
  ];
}
