// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FilterBar } from '../../src/app/filter-bar.tsx';
import type { ViewState } from '../../src/app/view-state.ts';
import { readViewState } from '../../src/app/view-state.ts';
import type { Connector } from '../../src/db/index.ts';
import { renderView, unmountViews } from '../features/render-view.tsx';
import { fixtureDb } from '../queries/fixture-db.ts';
import { fixtureViewsDb } from '../queries/fixture-views-db.ts';

let db: Connector;
let oneCounty: Connector;
beforeAll(async () => {
  db = await fixtureViewsDb();
  oneCounty = await fixtureDb();
});
afterEach(unmountViews);

/** The filter bar over the 'views' fixture (样例县 in 演示市, 另一县 in 邻市), with the URL at `search`. */
function renderBar(search: string, over = db) {
  window.history.replaceState(null, '', `/${search}`);
  const changes: ViewState[] = [];
  const state = readViewState(new URLSearchParams(search));
  const view = renderView(<FilterBar state={state} onChange={(next) => changes.push(next)} />, (q) => over.query(q));
  return { ...view, changes };
}

const chips = (el: Element | null) => [...(el?.querySelectorAll('button') ?? [])].map((b) => `${b.textContent}${b.getAttribute('aria-pressed') === 'true' ? '*' : ''}`);

describe('FilterBar regions', () => {
  it('offers cities when the data spans them, and the counties of the picked cities', async () => {
    const all = renderBar('?ds=views');
    await waitFor(() => expect(all.container.querySelector('[data-filter=cities]')).not.toBeNull());
    expect(chips(all.container.querySelector('[data-filter=cities]'))).toEqual(['全部*', '邻市', '演示市']);
    expect(chips(all.container.querySelector('[data-filter=counties]'))).toEqual(['全部*', '另一县', '样例县']);
    unmountViews();

    const picked = renderBar('?ds=views&ci=邻市');
    await waitFor(() => expect(picked.container.querySelector('[data-filter=cities]')).not.toBeNull());
    expect(chips(picked.container.querySelector('[data-filter=cities]'))).toEqual(['全部', '邻市*', '演示市']);
    expect(chips(picked.container.querySelector('[data-filter=counties]'))).toEqual(['全部*', '另一县']);
  });

  it('drops the picked counties a new choice of cities leaves out', async () => {
    const bar = renderBar('?ds=views&c=样例县,另一县');
    await waitFor(() => expect(bar.container.querySelector('[data-filter=cities]')).not.toBeNull());
    fireEvent.click(bar.getByRole('button', { name: '邻市' }));
    expect(bar.changes.at(-1)?.filters).toMatchObject({ cities: ['邻市'], counties: ['另一县'] });
  });

  it('leaves out the county chip of a county’s data, which would narrow nothing, unless a link picked it', async () => {
    const bar = renderBar('?ds=test', oneCounty);
    await waitFor(() => expect(bar.container.querySelector('[data-filter=templates]')).not.toBeNull());
    expect(bar.container.querySelector('[data-filter=counties]')).toBeNull();
    expect(bar.container.querySelector('[data-filter=cities]')).toBeNull();
    unmountViews();

    const linked = renderBar('?ds=test&c=样例县', oneCounty);
    await waitFor(() => expect(linked.container.querySelector('[data-filter=counties]')).not.toBeNull());
    expect(chips(linked.container.querySelector('[data-filter=counties]'))).toEqual(['全部', '样例县*']);
  });
});
