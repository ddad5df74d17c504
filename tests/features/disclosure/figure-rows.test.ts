import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/index.ts';
import { createNodeConnector } from '../../../src/db/node.ts';
import { figureRowsSql, measureNotes } from '../../../src/features/disclosure/figure-rows.ts';
import type { DisclosureFigure } from '../../../src/queries/index.ts';

let db: Connector;
beforeAll(async () => {
  db = await createNodeConnector();
});

const figures: DisclosureFigure[] = [
  { year: 2022, measure: 'penalty_decisions', status: 'value', value: 7, reports: 3, reportsInYear: 3 },
  { year: 2021, measure: 'licensing_decisions', status: 'value', value: 12, reports: 2, reportsInYear: 3 },
  { year: 2020, measure: 'licensing_decisions', status: 'not_comparable', value: null, reports: 0, reportsInYear: 3 },
];

describe('figureRowsSql(figures, measures, lang)', () => {
  it('lists the asked measures in their order, years ascending, a not-comparable year as null with its status', async () => {
    const rows = await db.query(figureRowsSql(figures, ['licensing_decisions', 'penalty_decisions'], 'zh'));
    expect(rows.map((r) => [r.measure, r.year, r.status, r.value])).toEqual([
      ['licensing_decisions', 2020, 'not_comparable', null],
      ['licensing_decisions', 2021, 'value', 12],
      ['penalty_decisions', 2022, 'value', 7],
    ]);
    expect(rows[0]?.measure_name).toBe('行政许可决定');
    expect(rows[1]?.reports_in_year).toBe(3);
  });

  it('leaves out measures not asked for', async () => {
    expect(await db.query(figureRowsSql(figures, ['penalty_decisions'], 'en'))).toHaveLength(1);
  });
});

describe('measureNotes(measures, lang)', () => {
  it('defines each measure by its cells in the templates', () => {
    expect(measureNotes(['normative_docs_new'], 'zh')).toEqual(['规范性文件 新制作/制发：2019版“本年新制作数量”≈ 2021版“本年制发件数”']);
  });
});
