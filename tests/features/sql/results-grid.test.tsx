// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/db/index.ts';
import { ResultsGrid } from '../../../src/features/sql/results-grid.tsx';

afterEach(cleanup);

const result: QueryResult = {
  columns: [
    { name: 'i', type: 'Float64' },
    { name: 'label', type: 'Utf8' },
  ],
  rows: Array.from({ length: 100_000 }, (_, i) => [i, i % 2 ? null : `第${i}行`]),
};

const firstCells = (grid: HTMLElement) => [...grid.querySelectorAll('[aria-rowindex="2"] [role=gridcell]')].map((c) => c.textContent);

describe('ResultsGrid', () => {
  it('renders a window of 100,000 rows, and scrolling moves the window', () => {
    const { getByTestId } = render(<ResultsGrid result={result} />);
    const grid = getByTestId('sql-grid');
    expect(grid.getAttribute('aria-rowcount')).toBe('100001');
    expect(grid.querySelectorAll('.sql-row').length).toBeLessThan(40);
    grid.scrollTop = 28 * 50_000;
    fireEvent.scroll(grid);
    expect(grid.querySelector('[aria-rowindex="50002"] [role=gridcell]')?.textContent).toBe('50000');
  });

  it('sorts by a header click, descending on the second click, NULLs last', () => {
    const { getByTestId, getByRole } = render(<ResultsGrid result={result} />);
    const grid = getByTestId('sql-grid');
    fireEvent.click(getByRole('button', { name: /^i/ }));
    fireEvent.click(getByRole('button', { name: /^i/ }));
    expect(firstCells(grid)).toEqual(['99999', 'NULL']);
    expect(getByRole('columnheader', { name: /^i/ }).getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(getByRole('button', { name: /^label/ }));
    expect(firstCells(grid)[1]).toMatch(/^第\d+行$/);
  });
});
