import { DEMO_SEED, generateCounty } from './county.ts';
import { toCsvTables } from './csv.ts';
import { realSamples } from './real-samples.ts';

/** The files of data/demo, by name: what `npm run generate` writes and what the staleness test compares. */
export function demoFiles(seed = DEMO_SEED): Record<string, string> {
  const { agencies, reports, planted } = generateCounty({ seed });
  const csv = toCsvTables(agencies, reports);
  return {
    'agencies.csv': csv.agencies,
    'reports.csv': csv.reports,
    'cells.csv': csv.cells,
    'planted.json': `${JSON.stringify(planted, null, 2)}\n`,
  };
}

/** The files of data/samples from the shared corpus; empty when the corpus has no expected results. */
export function sampleFiles(corpusDir: string): Record<string, string> {
  const reports = realSamples(corpusDir);
  if (reports.length === 0) return {};
  const agencies = [...new Map(reports.map((r) => [r.agency.id, r.agency])).values()];
  const csv = toCsvTables(agencies, reports);
  return { 'agencies.csv': csv.agencies, 'reports.csv': csv.reports, 'cells.csv': csv.cells };
}
