import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { initSync, Table, writeParquet } from 'parquet-wasm/esm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import type { BatchItem } from '../../src/export/batch.ts';
import { exportBatch } from '../../src/export/batch.ts';
import type { ExportTools } from '../../src/export/briefing.ts';
import { imagePreset } from '../../src/export/presets.ts';
import { fixtureDb } from '../queries/fixture-db.ts';
import { nodeFonts } from './node-fonts.ts';
import { sampleChart } from './sample-chart.ts';

let db: Connector;
let tools: ExportTools;
beforeAll(async () => {
  db = await fixtureDb();
  const fonts = await nodeFonts();
  initSync({ module: readFileSync('node_modules/parquet-wasm/esm/parquet_wasm_bg.wasm') });
  tools = {
    fonts: async () => fonts,
    parquet: async () => ({ Table, writeParquet }),
    png: async () => {
      throw new Error('PNG needs a canvas: covered by tests/e2e/export.e2e.test.ts');
    },
  };
});

async function items(): Promise<BatchItem[]> {
  const agencies = await db.query<{ agency_id: string; name: string }>(
    sql`SELECT agency_id, name FROM agencies ORDER BY agency_id`,
  );
  return agencies.map((a) => ({
    spec: {
      title: `${a.name} 公开率`,
      subject: '公开率',
      option: sampleChart(),
      rows: sql`SELECT year, received_new FROM report_summary WHERE agency_id = ${a.agency_id} ORDER BY year`,
      filters: { dataset: 'test', years: [], kinds: [], agencies: [a.agency_id] },
      indicators: ['disclosure_rate'],
    },
  }));
}

describe('exportBatch(db, tools, items, options)', () => {
  it('zips one SVG per agency, each with its own briefing texts and a name after its agency', async () => {
    const progress: number[] = [];
    const all = await items();
    const blob = await exportBatch(db, tools, all, {
      format: 'svg',
      lang: 'zh',
      script: 'zh',
      preset: imagePreset('x1'),
      onProgress: (done) => progress.push(done),
    });
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const names = Object.keys(files);
    expect(names).toHaveLength(all.length);
    expect(names.every((n) => /^.+_公开率_\d{4}(-\d{4})?\.svg$/.test(n))).toBe(true);
    expect(names.some((n) => n.startsWith('甲镇人民政府_'))).toBe(true);
    const svg = new TextDecoder().decode(files[names[0] as string]);
    expect(svg).toContain('@font-face');
    expect(svg).toContain('来源：样例县 1 个机关');
    expect(progress).toEqual(all.map((_, i) => i + 1));
  });

  it('zips the data of every item as Parquet', async () => {
    const blob = await exportBatch(db, tools, await items(), { format: 'parquet', lang: 'en', script: 'pinyin', preset: imagePreset('x1') });
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    for (const bytes of Object.values(files)) expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('PAR1');
    expect(Object.keys(files).every((n) => /^[\x20-\x7e]+\.parquet$/.test(n))).toBe(true);
  });
});
