// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExtraRows } from '../../../src/features/report/extra-rows.tsx';
import { Narrative } from '../../../src/features/report/narrative.tsx';
import type { Connector } from '../../../src/db/index.ts';
import { ConnectorContext } from '../../../src/ui/index.ts';

afterEach(cleanup);

describe('report text', () => {
  it('Narrative shows markup in a report as text, in section order', () => {
    const { container } = render(<Narrative narrative={{ 五: '改进<script>alert(1)</script>', 一: '<b>共收到申请1件</b>' }} />);
    expect(container.querySelector('b, script')).toBeNull();
    const sections = [...container.querySelectorAll('.narrative section')].map((s) => s.textContent);
    expect(sections).toEqual(['第一部分<b>共收到申请1件</b>', '第五部分改进<script>alert(1)</script>']);
  });

  it('ExtraRows lists added rows as found, as text', () => {
    // The export menu in the card header asks the database only when opened.
    const db = {} as Connector;
    const rows = [{ table: 't2' as const, label: '<i>行政检查</i>', raw: ['7', '<img>'], values: [7, null] }];
    const { getByTestId } = render(
      <ConnectorContext.Provider value={db}>
        <ExtraRows rows={rows} filters={{ dataset: 'demo', years: [2023], kinds: [] }} />
      </ConnectorContext.Provider>,
    );
    const table = getByTestId('extra-rows');
    expect(table.querySelector('i, img')).toBeNull();
    expect(table.textContent).toContain('<i>行政检查</i>');
  });
});
