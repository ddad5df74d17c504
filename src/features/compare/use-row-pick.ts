import { useCallback, useRef } from 'react';
import { echarts } from '../../charts/index.ts';

/** The row of a category y axis under a click, or null outside the rows. */
function rowAt(box: HTMLElement, e: MouseEvent, rows: number): number | null {
  const el = box.querySelector<HTMLElement>('.echarts-for-react');
  const chart = el ? echarts.getInstanceByDom(el) : undefined;
  if (!el || !chart) return null;
  const at = el.getBoundingClientRect();
  const found = chart.convertFromPixel({ gridIndex: 0 }, [e.clientX - at.left, e.clientY - at.top]) as number[] | number | undefined;
  const y = Array.isArray(found) ? found[1] : undefined;
  if (y === undefined || !Number.isFinite(y)) return null;
  const index = Math.round(y);
  return index >= 0 && index < rows ? index : null;
}

/**
 * Click on a chart with a category y axis (one row per agency) to pick that row. The Chart component
 * exposes no events, so this listens on a wrapper and maps the pixel to a row through the chart's grid.
 * A mouse shortcut only: the table beside each chart holds the same links for keyboard users.
 */
export function useRowPick(rows: number, onPick: (index: number) => void): (box: HTMLDivElement | null) => (() => void) | undefined {
  const latest = useRef({ rows, onPick });
  latest.current = { rows, onPick };
  return useCallback((box: HTMLDivElement | null) => {
    if (!box) return undefined;
    const click = (e: MouseEvent) => {
      const index = rowAt(box, e, latest.current.rows);
      if (index !== null) latest.current.onPick(index);
    };
    box.addEventListener('click', click);
    return () => box.removeEventListener('click', click);
  }, []);
}
