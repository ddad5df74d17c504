// @vitest-environment happy-dom
import { waitFor, within } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { Suspense, use, useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useUrlBusy, useUrlParams } from '../../src/ui/url-state.ts';

const loads = new Map<string, { promise: Promise<string>; resolve: (v: string) => void }>();
function load(key: string) {
  if (!loads.has(key)) {
    let resolve = (_: string) => {};
    const promise = new Promise<string>((r) => (resolve = r));
    loads.set(key, { promise, resolve });
  }
  return loads.get(key) as { promise: Promise<string>; resolve: (v: string) => void };
}

function Figure({ year }: { year: string }) {
  return <p data-testid="figure">{use(load(year).promise)}</p>;
}

let set: (next: Record<string, string | null>) => void = () => {};
function Page() {
  const [params, setParams] = useUrlParams();
  const main = useRef<HTMLElement>(null);
  useUrlBusy(main, params.toString());
  set = setParams;
  return (
    <main ref={main}>
      <Suspense fallback={<p>skeleton</p>}>
        <Figure year={params.get('y') ?? 'all'} />
      </Suspense>
    </main>
  );
}

describe('useUrlParams and useUrlBusy', () => {
  it('keeps the old view while a change loads, and says it is busy until it is in', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    window.history.replaceState(null, '', '/');
    load('all').resolve('970');
    const container = document.body.appendChild(document.createElement('div'));
    createRoot(container).render(<Page />);
    const view = { ...within(container), container };
    await waitFor(() => expect(view.getByTestId('figure').textContent).toBe('970'));
    expect(view.container.querySelector('main')?.getAttribute('aria-busy')).toBe('false');

    set({ y: '2021' });
    expect(window.location.search).toBe('?y=2021');
    await waitFor(() => expect(view.container.querySelector('main')?.getAttribute('aria-busy')).toBe('true'));
    expect(view.getByTestId('figure').textContent).toBe('970');
    expect(view.queryByText('skeleton')).toBeNull();

    load('2021').resolve('133');
    await waitFor(() => expect(view.getByTestId('figure').textContent).toBe('133'));
    expect(view.container.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('is not busy once the URL is back to the view shown, before the change in between loaded', async () => {
    set({ y: '2022' });
    const main = () => document.querySelector('main')?.getAttribute('aria-busy');
    await waitFor(() => expect(main()).toBe('true'));
    set({ y: '2021' });
    await waitFor(() => expect(main()).toBe('false'));
    expect(document.querySelector('[data-testid=figure]')?.textContent).toBe('133');
  });
});
