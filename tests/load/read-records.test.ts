import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import type { CellValue, ReportRecord } from '../../src/domain/index.ts';
import { loadDataset, readRecords } from '../../src/load/index.ts';

const file = (dir: string, name: string) => new Uint8Array(readFileSync(`data/${dir}/${name}.csv`));
const bytes = (s: string) => new TextEncoder().encode(s);

// Cells the compact read must tell in full: raw text that is not the value's integer text, units, an empty
// raw with a value, a value-less raw, a negative zero, a huge number and a key outside both templates.
const ODD = {
  agencies: bytes('agency_id,name,kind,province,city,county\nodd,怪镇,township,"",甲市,乙县\n'),
  reports: bytes(
    'report_id,agency_id,year,template,t2_template,t3_template,t4_template,source_file,title,publish_date,dataset,narrative_json,extra_rows_json,ambiguous_json\n' +
      'odd|2022,odd,2022,mixed,v2019,v2021,,f.txt,"标题, ""引号""",,odd,"{""一"":""正文""}",[],"{""t3.granted.total"":[1,7]}"\n',
  ),
  cells: bytes(
    'report_id,key,value,raw,unit\n' +
      'odd|2022,t3.received_new.total,1234,"1,234",\n' +
      'odd|2022,t3.granted.total,,一或七,\n' +
      'odd|2022,t3.processed_total.total,7,"",\n' +
      'odd|2022,t3.carried_over_in.total,,,\n' +
      'odd|2022,t3.carried_over_out.total,-0,-0,\n' +
      'odd|2022,t3.partially_granted.total,3,3.0,\n' +
      'odd|2022,t2.fees.amount_wan_yuan,1.5,15000,元\n' +
      'odd|2022,t2.fees.count,2,2,万元\n' +
      'odd|2022,t3.other_misc.total,12345678901234567,12345678901234567,\n' +
      'odd|2022,t9.extra.row,5,5,\n',
  ),
};

let db: Connector;
let records: ReportRecord[];
beforeAll(async () => {
  db = await createNodeConnector();
  await loadDataset(db, 'demo', { agencies: file('demo', 'agencies'), reports: file('demo', 'reports'), cells: file('demo', 'cells') });
  await loadDataset(db, 'samples', { agencies: file('samples', 'agencies'), reports: file('samples', 'reports'), cells: file('samples', 'cells') });
  await loadDataset(db, 'odd', ODD);
  records = await readRecords(db);
});

const idOf = (r: ReportRecord) => `${r.agency.id}|${r.year}`;

describe('readRecords (compact read: ordinals, and raw text only where it is not the value)', () => {
  it('gives every cell exactly as the cells table holds it', async () => {
    const rows = await db.query<{ report_id: string; key: string; value: number | null; raw: string | null; unit: CellValue['unit'] | null }>(
      sql`SELECT report_id, key, value, raw, unit FROM cells`,
    );
    const want = new Map<string, Record<string, CellValue>>();
    for (const c of rows) {
      const cells = want.get(c.report_id) ?? {};
      cells[c.key] = { value: c.value, raw: c.raw ?? '', ...(c.unit ? { unit: c.unit } : {}) };
      want.set(c.report_id, cells);
    }
    expect(records.length).toBe(want.size);
    for (const r of records) expect({ id: idOf(r), cells: r.cells }).toEqual({ id: idOf(r), cells: want.get(idOf(r)) });
  });

  it('keeps the odd cells, including a key outside the templates', () => {
    const odd = records.find((r) => idOf(r) === 'odd|2022');
    expect(odd?.cells['t3.received_new.total']).toEqual({ value: 1234, raw: '1,234' });
    expect(odd?.cells['t3.granted.total']).toEqual({ value: null, raw: '一或七' });
    expect(odd?.cells['t3.processed_total.total']).toEqual({ value: 7, raw: '' });
    expect(odd?.cells['t3.carried_over_in.total']).toEqual({ value: null, raw: '' });
    expect(odd?.cells['t3.partially_granted.total']).toEqual({ value: 3, raw: '3.0' });
    expect(odd?.cells['t2.fees.amount_wan_yuan']).toEqual({ value: 1.5, raw: '15000', unit: '元' });
    expect(odd?.cells['t9.extra.row']).toEqual({ value: 5, raw: '5' });
  });

  it('gives each report its agency, tables, narrative and ambiguous cells', () => {
    const odd = records.find((r) => idOf(r) === 'odd|2022');
    expect(odd).toMatchObject({
      agency: { id: 'odd', name: '怪镇', kind: 'township', province: '', city: '甲市', county: '乙县' },
      year: 2022, template: 'mixed', tables: { t2: 'v2019', t3: 'v2021' }, sourceFile: 'f.txt', title: '标题, "引号"',
      publishDate: null, narrative: { 一: '正文' }, ambiguous: { 't3.granted.total': [1, 7] }, extraRows: [], dataset: 'odd',
    });
    const demo = records.find((r) => r.dataset === 'demo');
    expect(demo?.publishDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(records.map(idOf)).toEqual([...records.map(idOf)].sort());
  });
});
