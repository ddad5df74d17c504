import { describe, expect, it } from 'vitest';
import { optionOf } from '../../../src/export/index.ts';
import { requestsSpec } from '../../../src/features/print/brief-specs.ts';
import type { Filters } from '../../../src/queries/index.ts';
import { requestsByYearSql } from '../../../src/queries/index.ts';
import { byText, fakeConnector } from '../render-view.tsx';

const filters: Filters = { dataset: 'demo', years: [2023, 2024], kinds: [] };
const db = fakeConnector(
  byText([
    [
      requestsByYearSql(filters),
      [
        { year: 2023, kind: 'township', received_new: 70, reports: 2, reports_without_figure: 0 },
        { year: 2024, kind: 'department', received_new: 41, reports: 3, reports_without_figure: 1 },
        { year: 2024, kind: 'township', received_new: 90, reports: 2, reports_without_figure: 0 },
      ],
    ],
  ]),
);

describe('requestsSpec', () => {
  it('requestsSpec(db, f, lang) stacks the overview’s new requests by kind, with the shell’s words, over the rows it exports', async () => {
    const spec = await requestsSpec(db, filters, 'zh');
    expect(spec.title).toBe('本年新收政府信息公开申请数量（按机关类型）');
    expect(spec.rows).toEqual(requestsByYearSql(filters));
    const option = await optionOf(spec);
    expect(option.dataset).toEqual({
      source: [
        { year: '2023', township: 70, department: 0 },
        { year: '2024', township: 90, department: 41 },
      ],
      dimensions: ['year', 'township', 'department'],
    });
    expect((option.series as { name: string }[]).map((s) => s.name)).toEqual(['乡镇', '县级部门']);
    expect((option.yAxis as { name: string }).name).toBe('申请（件）');
  });

  it('speaks English when asked', async () => {
    const option = await optionOf(await requestsSpec(db, filters, 'en'));
    expect((option.series as { name: string }[]).map((s) => s.name)).toEqual(['Township', 'County department']);
  });
});
