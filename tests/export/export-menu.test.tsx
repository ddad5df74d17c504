// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connector, Row, Sql } from '../../src/db/index.ts';
import { sql } from '../../src/db/index.ts';
import { ExportMenu } from '../../src/export/export-menu.tsx';

afterEach(cleanup);

const SCOPE: Row = {
  reports: 6, agencies: 2, years: [2020, 2021, 2022], templates: ['v2021'], counties: ['样例县'],
  regions: ['示范省 演示市 样例县'], agency_names: [], findings: 0, finding_errors: 0,
};

/** A fake Connector that answers the scope query and records what it was asked. */
function fakeDb(asked: Sql[]): Connector {
  const no = () => Promise.reject(new Error('not in this test'));
  return {
    query: async <T extends Row>(q: Sql) => {
      asked.push(q);
      return [SCOPE] as T[];
    },
    exec: no, registerFile: no, dropFile: no, readFile: no, cancel: async () => false, send: no, queryIpc: no, insertArrowIpc: no,
    scratchPath: (name) => name,
  };
}

function renderMenu(withChart: boolean) {
  const asked: Sql[] = [];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (!HTMLDialogElement.prototype.showModal) HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) { this.open = true; };
  const view = render(
    <QueryClientProvider client={client}>
      <ExportMenu
        db={fakeDb(asked)}
        lang="zh"
        title="新收申请历年走势"
        subject="新收申请"
        option={withChart ? { series: [] } : undefined}
        rows={sql`SELECT year FROM report_summary ORDER BY year`}
        filters={{ dataset: 'demo', years: [2020, 2021, 2022], kinds: ['township'] }}
        indicators={['received_new']}
      />
    </QueryClientProvider>,
  );
  return { ...view, asked };
}

describe('<ExportMenu>', () => {
  it('opens a dialog with the filters in words as editable subtitle and a file name after the content', async () => {
    const { getByRole, findByDisplayValue, getByTestId, asked } = renderMenu(true);
    fireEvent.click(getByRole('button', { name: '导出“新收申请历年走势”' }));
    // The dialog is a lazy chunk (pinyin, XLSX, fonts): the first load takes a while under vitest.
    expect(await findByDisplayValue('示范省 演示市 样例县 · 2020–2022 · 乡镇', {}, { timeout: 20_000 })).toBeTruthy();
    expect(getByTestId('export-name').textContent).toBe('样例县_新收申请_2020-2022.png');
    expect(asked[0]?.params[0]).toBe('demo');
    fireEvent.click(getByRole('radio', { name: '拼音' }));
    expect(getByTestId('export-name').textContent).toBe('yanglixian_xinshoushenqing_2020-2022.png');
    fireEvent.click(getByRole('radio', { name: 'CSV' }));
    expect(getByTestId('export-name').textContent).toBe('yanglixian_xinshoushenqing_2020-2022.csv');
  });

  it('says it is opening while the dialog chunk loads, then shows the dialog instead', async () => {
    const { getByRole, findByRole, queryByText } = renderMenu(true);
    const button = getByRole('button', { name: /^导出/ });
    fireEvent.click(button);
    expect(getByRole('status').textContent).toBe('正在打开导出…');
    expect(button.getAttribute('aria-busy')).toBe('true');
    await findByRole('dialog', {}, { timeout: 20_000 });
    expect(queryByText('正在打开导出…')).toBeNull();
    expect(button.getAttribute('aria-busy')).toBeNull();
  });

  it('offers only data formats for a table', async () => {
    const { getByRole, findByRole } = renderMenu(false);
    fireEvent.click(getByRole('button', { name: /^导出/ }));
    await findByRole('radio', { name: 'CSV' });
    await waitFor(() => expect((getByRole('radio', { name: 'CSV' }) as HTMLInputElement).checked).toBe(true));
    expect((getByRole('radio', { name: 'PNG' }) as HTMLInputElement).disabled).toBe(true);
    expect((getByRole('radio', { name: 'SVG' }) as HTMLInputElement).disabled).toBe(true);
  });
});
