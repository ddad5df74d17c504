// npm run pack -- --scale county|city|province --out bench-data/<name> [--encoding parquet|csv.gz]
// npm run pack -- --from data/demo --out bench-data/demo-pack
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Connector } from '../src/db/index.ts';
import { createNodeConnector } from '../src/db/node.ts';
import type { CountySpec, Scale } from '../src/generate/index.ts';
import { countyCount, countySpecs, generateScaleCounty, toCsvTables } from '../src/generate/index.ts';
import { loadCellKeys, loadDataset, loadFindings, manifestIdentity, packBuilder } from '../src/load/index.ts';
import { csvGzEncoder, directorySink, parquetEncoder } from '../src/load/pack/node.ts';
import { SNAPSHOT_VERSION } from '../src/app/snapshot-connector.ts';
import { recordInChild } from './first-paint-plugin.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    from: { type: 'string' },
    out: { type: 'string' },
    encoding: { type: 'string', default: 'parquet' },
    'first-paint': { type: 'boolean', default: false },
  },
});
const scales: readonly string[] = ['county', 'city', 'province'];
const snapshotOnly = values['first-paint'] === true;
if (!values.out || (!snapshotOnly && !values.from && !scales.includes(values.scale ?? '')) || !['parquet', 'csv.gz'].includes(values.encoding ?? '')) {
  console.error('usage: npm run pack -- (--scale county|city|province | --from <dataset dir>) --out <dir> [--encoding parquet|csv.gz]');
  console.error('       npm run pack -- --first-paint --out <pack dir>   (record the first-paint snapshot of an existing pack again)');
  process.exit(2);
}
const out = path.resolve(values.out);
const mb = (n: number) => (n < 1e6 ? `${(n / 1e3).toFixed(1)} kB` : `${(n / 1e6).toFixed(2)} MB`);
const seconds = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

/** Rows of the longest answer a pack's first-paint snapshot keeps. */
const SNAPSHOT_ROWS = 2_000;

/**
 * The first screen over the pack at `out`, answered before DuckDB is up (as the build does for the embedded data):
 * the app renders it in Node over the pack and the answers go beside the manifest, which then names them. It
 * holds the app's queries of the time: an app whose first screen asks otherwise falls back to DuckDB until it is
 * recorded again (--first-paint).
 */
async function writeFirstPaint(): Promise<void> {
  const relative = path.relative(fileURLToPath(new URL('..', import.meta.url)), out).split(path.sep).join('/');
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    console.log(`  no first-paint snapshot: ${out} is outside the project, where the recorder reads files`);
    return;
  }
  const t = performance.now();
  const manifestFile = path.join(out, 'manifest.json');
  const { firstPaint: _old, ...manifest } = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(manifestFile, text);
  const record = await recordInChild(`?data=${relative}`);
  // Longer answers wait for DuckDB (their card shows a skeleton): a province's agency table alone made the
  // snapshot 2.3 MB, to fetch and parse before the first chart.
  const entries = record.entries.filter((e) => e.rows.length <= SNAPSHOT_ROWS);
  writeFileSync(path.join(out, 'first-paint.json'), JSON.stringify({ version: SNAPSHOT_VERSION, data: [await manifestIdentity(text)], entries }));
  writeFileSync(manifestFile, `${JSON.stringify({ ...manifest, firstPaint: 'first-paint.json' }, null, 2)}\n`);
  console.log(`  first-paint snapshot: ${entries.length} of ${record.entries.length} queries, ${mb(readFileSync(path.join(out, 'first-paint.json')).length)} (${seconds(t)})`);
}

if (snapshotOnly) {
  await writeFirstPaint();
  process.exit(0);
}
const encoder = values.encoding === 'csv.gz' ? csvGzEncoder : parquetEncoder;
const encode = new TextEncoder();
const started = performance.now();

/** Counties loaded and checked together; each stays a region of its own in the pack. */
const COUNTIES_PER_BATCH = 8;
const TABLES = ['cells', 'findings', 'corrections', 'requests', 'review_litigation', 'report_summary', 'disclosure_summary', 'reports', 'agencies'];
async function clear(db: Connector): Promise<void> {
  for (const t of TABLES) await db.exec(`DELETE FROM ${t}`);
}

rmSync(out, { recursive: true, force: true });
const db = await createNodeConnector();
await loadCellKeys(db);
const name = values.from ? path.basename(path.resolve(values.from)) : (values.scale as string);
const builder = packBuilder(directorySink(out), encoder, name);
let [generating, checking] = [0, 0];

if (values.from) {
  const file = (n: string) => new Uint8Array(readFileSync(path.join(values.from as string, `${n}.csv`)));
  await loadDataset(db, name, { agencies: file('agencies'), reports: file('reports'), cells: file('cells') });
  await loadFindings(db);
  await builder.addPart(db);
} else {
  // The writer's own database: cells without the primary key index (generated data has no duplicates), which
  // makes clearing and loading each batch several times cheaper. Pivots and findings are the app's own code.
  await db.exec('DROP TABLE cells');
  await db.exec('CREATE TABLE cells (report_id VARCHAR NOT NULL, key VARCHAR NOT NULL, value DOUBLE, raw VARCHAR, unit VARCHAR)');
  const total = countyCount(values.scale as Scale);
  let batch: CountySpec[] = [];
  const flush = async () => {
    let t = performance.now();
    const counties = batch.map(generateScaleCounty);
    const csv = toCsvTables(counties.flatMap((c) => c.agencies), counties.flatMap((c) => c.reports));
    generating += performance.now() - t;
    t = performance.now();
    await clear(db);
    await loadDataset(db, 'batch', { agencies: encode.encode(csv.agencies), reports: encode.encode(csv.reports), cells: encode.encode(csv.cells) });
    await loadFindings(db);
    checking += performance.now() - t;
    await builder.addPart(db);
    console.log(`${(batch.at(-1)?.index ?? 0) + 1}/${total} counties  ${seconds(started)}`);
    batch = [];
  };
  for (const spec of countySpecs(values.scale as Scale)) {
    batch.push(spec);
    if (batch.length === COUNTIES_PER_BATCH) await flush();
  }
  if (batch.length > 0) await flush();
}
const manifest = await builder.finish(db);
const sum = (files: readonly { bytes: number }[]) => files.reduce((s, f) => s + f.bytes, 0);
const startBytes = sum(Object.values(manifest.tables));
const regionBytes = sum(manifest.regions.flatMap((r) => [r.cells, r.narratives, r.requests]));
console.log(`${out}: ${manifest.encoding}, ${manifest.totals.agencies} agencies, ${manifest.totals.reports} reports, ${manifest.totals.cells} cells, ${manifest.regions.length} regions`);
for (const [t, f] of Object.entries(manifest.tables)) console.log(`  ${t.padEnd(18)} ${String(f.rows).padStart(9)} rows  ${mb(f.bytes)}`);
console.log(`  loaded at start: ${mb(startBytes)}; per region: ${mb(regionBytes / Math.max(1, manifest.regions.length))} on average; every region's requests in one file: ${mb(manifest.requests.bytes)}; whole pack ${mb(startBytes + regionBytes + manifest.requests.bytes)}`);
console.log(`time: ${seconds(started)} (generating ${(generating / 1000).toFixed(1)} s, loading and checking ${(checking / 1000).toFixed(1)} s)`);

await writeFirstPaint();
