import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { loadDataset } from '../../src/load/index.ts';
import { fixtureDb } from '../queries/fixture-db.ts';

let db: Connector;
beforeAll(async () => {
  db = await fixtureDb();
});

const bytes = (s: string) => new TextEncoder().encode(s);
const counts = () =>
  db.query(sql`SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM cells) AS cells`);

describe('loadDataset', () => {
  it('leaves no rows behind when a file is bad, and keeps what was loaded', async () => {
    const before = await counts();
    const files = {
      agencies: bytes('agency_id,name,kind,province,city,county\nx,丙镇,township,a,b,c\n'),
      reports: bytes(
        'report_id,agency_id,year,template,t2_template,t3_template,t4_template,source_file,title,publish_date,dataset,narrative_json,extra_rows_json,ambiguous_json\nx|2021,x,2021,v2021,v2021,v2021,v2021,f,t,,bad,{},[],{}\n',
      ),
      cells: bytes('report_id,key,value,raw,unit\nx|2021,t3.received_new.total,not-a-number,?,\n'),
    };
    await expect(loadDataset(db, 'bad', files)).rejects.toThrow();
    expect(await counts()).toEqual(before);
    const [agency] = await db.query(sql`SELECT count(*) AS n FROM agencies WHERE agency_id = ${'x'}`);
    expect(agency?.n).toBe(0);
  });

  it('refuses a report already loaded (same agency and year)', async () => {
    const before = await counts();
    const files = {
      agencies: bytes('agency_id,name,kind,province,city,county\n'),
      reports: bytes(
        'report_id,agency_id,year,template,t2_template,t3_template,t4_template,source_file,title,publish_date,dataset,narrative_json,extra_rows_json,ambiguous_json\n示范省/演示市/样例县/县公安局|2021,示范省/演示市/样例县/县公安局,2021,v2021,v2021,v2021,v2021,f,t,,test,{},[],{}\n',
      ),
      cells: bytes('report_id,key,value,raw,unit\n'),
    };
    await expect(loadDataset(db, 'dup', files)).rejects.toThrow(/PRIMARY KEY|[Dd]uplicate/);
    expect(await counts()).toEqual(before);
  });
});
