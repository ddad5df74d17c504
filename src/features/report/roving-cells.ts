import type { FocusEvent, KeyboardEvent } from 'react';
import { useCallback } from 'react';

/** Where an arrow key moves within a table whose rows hold `widths[r]` cells (pure); null = stay. */
export function nextCell(widths: readonly number[], row: number, col: number, key: string): [number, number] | null {
  const clamp = (r: number) => Math.min(col, (widths[r] ?? 1) - 1);
  switch (key) {
    case 'ArrowRight':
      return col + 1 < (widths[row] ?? 0) ? [row, col + 1] : null;
    case 'ArrowLeft':
      return col > 0 ? [row, col - 1] : null;
    case 'ArrowDown':
      for (let r = row + 1; r < widths.length; r++) if ((widths[r] ?? 0) > 0) return [r, clamp(r)];
      return null;
    case 'ArrowUp':
      for (let r = row - 1; r >= 0; r--) if ((widths[r] ?? 0) > 0) return [r, clamp(r)];
      return null;
    case 'Home':
      return [row, 0];
    case 'End':
      return [row, (widths[row] ?? 1) - 1];
    default:
      return null;
  }
}

const CELL = 'td.cell';

/** The focusable cells of one table, row by row. */
function grid(table: HTMLTableElement): HTMLElement[][] {
  return [...table.rows].map((tr) => [...tr.querySelectorAll<HTMLElement>(CELL)]);
}

/** Make `cell` its table's one Tab stop. */
function makeStop(table: HTMLTableElement, cell: HTMLElement) {
  for (const c of table.querySelectorAll<HTMLElement>(CELL)) c.tabIndex = c === cell ? 0 : -1;
}

/**
 * A roving tab stop per official table: Tab moves from table to table, the arrow keys (and Home/End)
 * move between the cells of one. Cells render with tabIndex −1; this keeps one of each table at 0.
 */
export function useRovingCells() {
  const ref = useCallback((box: HTMLElement | null) => {
    if (!box) return;
    for (const table of box.querySelectorAll<HTMLTableElement>('table.official-table')) {
      const first = table.querySelector<HTMLElement>(CELL);
      if (first && !table.querySelector(`${CELL}[tabindex="0"]`)) first.tabIndex = 0;
    }
  }, []);
  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>(CELL);
    const table = cell?.closest('table');
    if (cell && table) makeStop(table, cell);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>(CELL);
    const table = cell?.closest('table');
    if (!cell || !table) return;
    const rows = grid(table);
    const row = rows.findIndex((r) => r.includes(cell));
    const to = nextCell(rows.map((r) => r.length), row, rows[row]?.indexOf(cell) ?? 0, e.key);
    const target = to ? rows[to[0]]?.[to[1]] : undefined;
    if (!target) return;
    e.preventDefault();
    makeStop(table, target);
    target.focus();
  };
  return { ref, onFocus, onKeyDown };
}
