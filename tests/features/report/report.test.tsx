// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/index.ts';
import { sql } from '../../../src/db/index.ts';
import { createNodeConnector } from '../../../src/db/node.ts';
import { Report } from '../../../src/features/report/index.ts';
import { loadCellKeys, loadDataset } from '../../../src/load/index.ts';
import type { Filters } from '../../../src/queries/index.ts';
import { renderView, unmountViews } from '../render-view.tsx';

// A real report: 平潭综合实验区 2021 from data/samples, answered by DuckDB over the samples as loaded by the app.
// Its text says “本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度”.
const ID = '福建省//平潭综合实验区/平潭综合实验区|2021';
const filters: Filters = { dataset: 'samples', years: [], kinds: [] };
const file = (name: string) => new Uint8Array(readFileSync(`data/samples/${name}.csv`));

let db: Connector;
beforeAll(async () => {
  db = await createNodeConnector();
  await loadCellKeys(db);
  await loadDataset(db, 'samples', { agencies: file('agencies'), reports: file('reports'), cells: file('cells') });
  // The checks find nothing in this report: one finding written here by hand, naming one cell.
  await db.query(sql`INSERT INTO findings VALUES
    (${ID}, 'P2', 'warning', ['t2.admin_fees.amount_wan_yuan'], NULL, NULL, '测试写入：收费金额量级可疑', 'written by the test', NULL)`);
});
beforeEach(() => window.history.replaceState(null, '', `?v=report&report=${encodeURIComponent(ID)}`));
afterEach(unmountViews);

const show = () => renderView(<Report filters={filters} />, (q) => db.query(q));
const cell = (root: HTMLElement, key: string) => root.querySelector<HTMLElement>(`td[data-key="${key}"]`);

describe('Report page', () => {
  it('re-renders the official tables of the report’s template with its cells', async () => {
    const view = show();
    expect((await view.findByTestId('report-title')).textContent).toBe('平潭综合实验区2021年度政府信息公开工作年度报告');
    const t3 = await view.findByTestId('t3');
    expect(t3.getAttribute('data-template')).toBe('v2021');
    expect(t3.querySelectorAll('tbody tr')).toHaveLength(25);
    expect(cell(t3, 't3.received_new.total')?.querySelector('.value')?.textContent).toBe('70');
    expect(cell(t3, 't3.processed_total.total')?.querySelector('.value')?.textContent).toBe('69');
    expect(cell(t3, 't3.carried_over_out.total')?.querySelector('.value')?.textContent).toBe('1');
    expect(view.getByTestId('t2').getAttribute('data-template')).toBe('v2021');
    expect(view.container.textContent).toContain('pingtan-2021.txt');
  });

  it('gives each cell its key, raw text and unit, and ambiguous cells their candidates', async () => {
    const view = show();
    const t2 = await view.findByTestId('t2');
    const fees = cell(t2, 't2.admin_fees.amount_wan_yuan');
    expect(fees?.querySelector('.value')?.textContent).toBe('24252.311082');
    expect(fees?.title.split('\n').slice(0, 3)).toEqual(['单元格：t2.admin_fees.amount_wan_yuan', '原文：“24252.311082”', '单位：万元']);
    expect(cell(t2, 't2.normative_docs.issued')?.querySelector('.candidates')?.textContent).toBe('?6/69/693/6936');
    fireEvent.mouseEnter(cell(t2, 't2.normative_docs.in_force') as HTMLElement);
    const detail = await view.findByTestId('cell-detail');
    expect(detail.textContent).toContain('无法确定 · 候选值：5 / 65 / 665 / 3665');
  });

  it('highlights the cells a finding names and lists the finding with a way to the cell', async () => {
    const view = show();
    const list = await view.findByTestId('findings');
    expect(list.textContent).toContain('P2 · 警告 测试写入：收费金额量级可疑');
    const fees = cell(view.container, 't2.admin_fees.amount_wan_yuan') as HTMLElement;
    expect(fees.className).toContain('finding-warning');
    expect(fees.querySelector('.marker')?.textContent).toBe('!');
    expect(cell(view.container, 't3.received_new.total')?.className).not.toContain('finding-');
    list.querySelector('button')?.click();
    await waitFor(() => expect(document.activeElement).toBe(fees));
  });
});
