import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import type { ExportTools } from '../../src/export/briefing.ts';
import { briefingTexts } from '../../src/export/briefing.ts';
import { exportFile, exportName } from '../../src/export/export-file.ts';
import { imagePreset } from '../../src/export/presets.ts';
import type { Scope } from '../../src/export/scope.ts';
import { fixtureDb } from '../queries/fixture-db.ts';
import { nodeFonts } from './node-fonts.ts';
import { sampleChart } from './sample-chart.ts';

let db: Connector;
let tools: ExportTools;
beforeAll(async () => {
  db = await fixtureDb();
  const fonts = await nodeFonts();
  tools = {
    fonts: async () => fonts,
    parquet: () => Promise.reject(new Error('not needed here')),
    png: () => Promise.reject(new Error('PNG needs a canvas: covered by the browser tests')),
  };
});

const spec = {
  title: '公开率历年走势',
  subject: '公开率',
  option: sampleChart(),
  rows: sql`SELECT year, received_new FROM report_summary WHERE dataset = 'test' ORDER BY year`,
  filters: { dataset: 'test', years: [], kinds: [] },
  indicators: ['disclosure_rate'] as const,
  notes: ['同类机关：乡镇'],
  height: 900,
};

describe('exportFile(db, tools, spec, format, texts, preset)', () => {
  it('draws a tall chart into a taller SVG, with the notes as text', async () => {
    const { scope: _scope, ...texts } = await briefingTexts(db, spec, 'zh');
    const svg = await (await exportFile(db, tools, spec, 'svg', texts, imagePreset('x1'))).text();
    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    expect(Number(root?.getAttribute('height'))).toBeGreaterThan(900);
    expect(svg).toContain('同类机关：乡镇');
  });
});

describe('exportName(spec, scope, script, ext, extra)', () => {
  const scope: Scope = {
    dataset: 'test', reports: 6, agencies: 2, years: [2021, 2022, 2023], templates: ['v2021'], counties: ['样例县'],
    agencyNames: [], findings: 0, findingErrors: 0,
  };

  it('names the one county, the subject and the run of years', () => {
    expect(exportName(spec, scope, 'zh', 'png')).toBe('样例县_公开率_2021-2023.png');
    expect(exportName(spec, scope, 'pinyin', 'csv', '乡镇')).toBe('yanglixian_gongkailv_2021-2023_xiangzhen.csv');
  });

  it('names the agency instead when the export covers exactly one', () => {
    expect(exportName(spec, { ...scope, agencyNames: ['样例县人民政府'] }, 'zh', 'svg')).toBe('样例县人民政府_公开率_2021-2023.svg');
  });
});
