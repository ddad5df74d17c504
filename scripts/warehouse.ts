// npm run warehouse -- <out-dir> <dataset or pack folder…>
// Beyond a province: the app's schema.sql in native DuckDB (@duckdb/node-api), every report of the given
// inputs loaded (CSV datasets as in data/<name>/, with findings from the app's checks; packs from npm run
// pack, with the findings they carry), pivots rebuilt by the schema's own views, then written as
// Hive-partitioned Parquet (<table>/province=…/year=…/*.parquet) that Spark, Trino or DuckDB read.
// See docs/beyond-province.md. WAREHOUSE_DB=<file.duckdb> keeps the native database too.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadCsvNative } from './warehouse/load-csv.ts';
import { loadPackNative } from './warehouse/load-pack.ts';
import { openNative, refreshPivots } from './warehouse/native.ts';
import { writeParquet } from './warehouse/write-parquet.ts';

const [out, ...inputs] = process.argv.slice(2).filter((a) => a !== '--');
if (!out || inputs.length === 0) {
  console.error('usage: npm run warehouse -- <out-dir> <dataset or pack folder…>   (e.g. data/demo bench-data/city)');
  process.exit(2);
}
const seconds = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
const started = performance.now();
const { conn } = await openNative(process.env.WAREHOUSE_DB ?? ':memory:');
for (const input of inputs) {
  const t = performance.now();
  if (existsSync(path.join(input, 'manifest.json'))) await loadPackNative(conn, input);
  else if (existsSync(path.join(input, 'reports.csv'))) await loadCsvNative(conn, input);
  else throw new Error(`${input}: neither a pack (manifest.json) nor a CSV dataset (agencies.csv, reports.csv, cells.csv)`);
  console.log(`loaded ${input} in ${seconds(t)}`);
}
let t = performance.now();
await refreshPivots(conn);
console.log(`pivots rebuilt in ${seconds(t)}`);
t = performance.now();
rmSync(out, { recursive: true, force: true });
for (const w of await writeParquet(conn, out)) {
  console.log(`  ${w.table.padEnd(18)} ${String(w.rows).padStart(10)} rows${w.partitions ? `  ${w.partitions} province/year partitions` : ''}`);
}
console.log(`${out}: written in ${seconds(t)}; total ${seconds(started)}; peak resident memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
