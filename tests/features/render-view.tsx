import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, findByRole, waitFor, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';
import type { EChartsOption } from 'echarts';
import { echarts } from '../../src/charts/index.ts';
import type { Connector, Row, Sql } from '../../src/db/index.ts';
import { INDICATORS } from '../../src/indicators/index.ts';
import type { Language } from '../../src/ui/index.ts';
import { Boundary, ConnectorContext, LanguageContext } from '../../src/ui/index.ts';

// The first render of a view loads ECharts and the feature's modules: slow on a busy 2-core machine.
configure({ asyncUtilTimeout: 15_000 });

/** How the fake connector answers one query: rows, a promise of rows, or an Error to reject with. */
export type Answer = (q: Sql) => Row[] | Promise<Row[]> | Error;

/** A Connector whose queries the test answers; every other method refuses, as no view should call it. */
export function fakeConnector(answer: Answer, asked: Sql[] = []): Connector {
  const refuse = () => Promise.reject(new Error('not used by the views'));
  return {
    query: async <T extends Row>(q: Sql) => {
      asked.push(q);
      const a = answer(q);
      if (a instanceof Error) throw a;
      return (await a) as T[];
    },
    exec: refuse,
    registerFile: refuse,
    dropFile: refuse,
    readFile: refuse,
    cancel: async () => false,
    send: refuse,
    queryIpc: refuse,
    insertArrowIpc: refuse,
    scratchPath: (name) => name,
  };
}

/** Answer by SQL text: each built query is compared with the text the view sends; anything else fails loudly. */
export function byText(pairs: readonly (readonly [Sql, Row[]])[]): Answer {
  return (q) => pairs.find(([s]) => s.text === q.text && JSON.stringify(s.params) === JSON.stringify(q.params))?.[1] ?? new Error(`unexpected query: ${q.text.trim().slice(0, 120)}`);
}

const mounted: Root[] = [];

/** Unmount what renderView mounted (call in afterEach). */
export function unmountViews(): void {
  for (const root of mounted.splice(0)) root.unmount();
  document.body.innerHTML = '';
}

/**
 * Render a view as the app does: connector, language, React Query (no retries) and a loading/error
 * boundary. Rendered outside act(), as in the browser: under act() React re-renders suspended siblings
 * synchronously and never lets the connector's promises settle (a view with two suspended cards hangs).
 */
export function renderView(ui: ReactNode, answer: Answer, lang: Language = 'zh') {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  const asked: Sql[] = [];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  mounted.push(root);
  root.render(
    <QueryClientProvider client={client}>
      <ConnectorContext.Provider value={fakeConnector(answer, asked)}>
        <LanguageContext.Provider value={lang}>
          <Boundary>{ui}</Boundary>
        </LanguageContext.Provider>
      </ConnectorContext.Provider>
    </QueryClientProvider>,
  );
  return { ...within(container), container, asked };
}

/** A row of indicatorsSql as DuckDB returns it: group columns, then [numerator, denominator, missing] per indicator (others null). */
export function indicatorTableRow(group: Row, reports: number, figures: Readonly<Record<string, readonly [number | null, number | null, number?]>>): Row {
  const row: Row = { ...group, reports };
  for (const d of INDICATORS) {
    const [num, den, missing] = figures[d.id] ?? [null, null, reports];
    row[`${d.id}.numerator`] = num;
    row[`${d.id}.denominator`] = den;
    row[`${d.id}.missing`] = missing ?? 0;
  }
  return row;
}

/** The option handed to the <Chart> named `label` in `container`, read back from its ECharts instance once drawn (arrays normalised). */
export async function findChartOption(container: HTMLElement, label: string): Promise<EChartsOption> {
  const figure = await findByRole(container, 'figure', { name: label });
  return waitFor(() => {
    const dom = figure.querySelector<HTMLElement>('[_echarts_instance_]');
    const option = dom ? echarts.getInstanceByDom(dom)?.getOption() : undefined;
    if (!option) throw new Error(`chart “${label}” has no ECharts instance yet`);
    return option as EChartsOption;
  });
}
