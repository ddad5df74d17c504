import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { createNodeConnector } from '../../src/db/node.ts';
import type { DatasetFiles } from '../../src/load/index.ts';
import { keyedRecordsFromIpc, loadDataset, readRecordsIpc, recordsFromCsv } from '../../src/load/index.ts';

const dataset = (dir: string): DatasetFiles => {
  const file = (name: string) => new Uint8Array(readFileSync(`data/${dir}/${name}.csv`));
  return { agencies: file('agencies'), reports: file('reports'), cells: file('cells') };
};
const bytes = (s: string) => new TextEncoder().encode(s);

// What the compact read tells in full (see read-records.test.ts), a second dataset naming an agency already
// loaded (the first one's row wins), ids ordered by code point (U+FF08 before an astral character) and CRLF lines.
const ODD: DatasetFiles = {
  agencies: bytes('agency_id,name,kind,province,city,county\r\nodd,怪镇,township,"",甲市,乙县\r\n示范省/演示市/样例县/城关镇人民政府,别名,street,,,\r\n'),
  reports: bytes(
    'report_id,agency_id,year,template,t2_template,t3_template,t4_template,source_file,title,publish_date,dataset,narrative_json,extra_rows_json,ambiguous_json\r\n' +
      'odd|2022,odd,2022,mixed,v2019,v2021,,f.txt,"标题, ""引号""\r\n第二行",,odd,"{""一"":""正文""}",[],"{""t3.granted.total"":[1,7]}"\r\n' +
      'odd|2022（乙）,odd,2021,v2021,,,,g.txt,"",2022-01-31,odd,,,\r\n' +
      'odd|2022𠀀,odd,2020,v2021,,,,h.txt,t,,odd,{},[],{}\r\n',
  ),
  cells: bytes(
    'report_id,key,value,raw,unit\r\n' +
      'odd|2022,t9.extra.row,5,5,\r\n' +
      'odd|2022,t3.received_new.total,1234,"1,234",\r\n' +
      'odd|2022,t3.granted.total,,一或七,\r\n' +
      'odd|2022,t3.processed_total.total,7,"",\r\n' +
      'odd|2022,t3.carried_over_in.total,,,\r\n' +
      'odd|2022,t3.carried_over_out.total,-0,-0,\r\n' +
      'odd|2022,t3.partially_granted.total,3,3.0,\r\n' +
      'odd|2022,t2.fees.amount_wan_yuan,1.5,15000,元\r\n' +
      'odd|2022,t2.fees.count,2,2,""\r\n' +
      'odd|2022,t3.other_misc.total,12345678901234567,12345678901234567,\r\n' +
      'odd|2022（乙）,t3.other_misc.total,0.1,0.1,\r\n',
  ),
};

let db: Connector;
const files = [dataset('demo'), dataset('samples'), ODD];
beforeAll(async () => {
  db = await createNodeConnector();
  for (const [i, f] of files.entries()) await loadDataset(db, `d${i}`, { agencies: f.agencies.slice(), reports: f.reports.slice(), cells: f.cells.slice() });
});

describe('recordsFromCsv(datasets)', () => {
  it('gives the records, ids, order and cell key order that reading them back from DuckDB gives', async () => {
    const fromDb = keyedRecordsFromIpc(await readRecordsIpc(db));
    const fromCsv = recordsFromCsv(files);
    expect(fromCsv.ids).toEqual(fromDb.ids);
    expect(fromCsv.ids.filter((id) => id.startsWith('odd'))).toEqual(['odd|2022', 'odd|2022（乙）', 'odd|2022𠀀']);
    expect(fromCsv.records.length).toBeGreaterThan(290);
    // JSON text, so that key order and -0 (which JSON writes as 0, hence the check below) count too.
    expect(fromCsv.records.map((r) => JSON.stringify(r))).toEqual(fromDb.records.map((r) => JSON.stringify(r)));
    expect(fromCsv.records).toEqual(fromDb.records);
    const odd = fromCsv.records.find((r) => r.sourceFile === 'f.txt');
    expect(Object.is(odd?.cells['t3.carried_over_out.total']?.value, -0)).toBe(true);
    expect(odd?.title).toBe('标题, "引号"\r\n第二行');
  });
});
