import { readFileSync } from 'node:fs';
import { initSync, Table as PqTable, writeParquet } from 'parquet-wasm/esm';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Row } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { exportCsv, exportParquet, exportSvg, exportXlsx } from '../../src/export/on-demand.ts';
import * as parquet from '../../src/export/parquet.ts';
import * as svg from '../../src/export/svg.ts';
import * as table from '../../src/export/table.ts';
import { fixtureDb } from '../queries/fixture-db.ts';
import { nodeFonts } from './node-fonts.ts';
import { sampleBriefing } from './sample-chart.ts';

let db: Connector;
let rows: Row[];
const query = sql`SELECT agency_name, year, received_new FROM report_summary WHERE dataset = ${'test'} ORDER BY agency_id, year`;

beforeAll(async () => {
  db = await fixtureDb();
  rows = await db.query(query);
  initSync({ module: readFileSync('node_modules/parquet-wasm/esm/parquet_wasm_bg.wasm') });
});

describe('the on-demand writers', () => {
  it('write the same CSV and Parquet as the modules they load', async () => {
    expect(await exportCsv(db, query)).toEqual(await table.exportCsv(db, query));
    const pq = { Table: PqTable, writeParquet };
    expect(await exportParquet(pq, rows)).toEqual(parquet.exportParquet(pq, rows));
  });

  it('pass the XLSX sheet name through, and keep its default', async () => {
    const named = Buffer.from(await (await exportXlsx(rows, '各机关')).arrayBuffer());
    const plain = Buffer.from(await (await exportXlsx(rows)).arrayBuffer());
    expect((await readXlsxFile(named)).map((s) => s.sheet)).toEqual(['各机关']);
    expect((await readXlsxFile(plain)).map((s) => s.sheet)).toEqual(['data']);
  });

  it('write the same SVG, fonts embedded, as svg.ts', async () => {
    const fonts = await nodeFonts();
    const size = { width: 640, height: 400 };
    // ECharts numbers its ids and CSS classes per instance (zr0-c0, zr1-cls-5…): compare without the numbers.
    const unnumbered = (text: string) => text.replace(/\bzr\d+-(cls-)?c?\d+/g, 'zr-$1');
    expect(unnumbered(await exportSvg(sampleBriefing(), size, fonts))).toBe(unnumbered(await svg.exportSvg(sampleBriefing(), size, fonts)));
  });
});
