import type { QueryResult } from '../../db/index.ts';
import { useMemo, useState } from 'react';
import { useDictionary } from '../../ui/index.ts';
import { DICTIONARY } from './dictionary.ts';
import type { SortDirection } from './result-rows.ts';
import { formatCell, isNumericType, sortOrder, visibleRange } from './result-rows.ts';

const ROW_HEIGHT = 28;
const VIEWPORT = 440;

/** Column widths in px from the header and a sample of rows, so windowed rows line up without measuring. */
function columnWidths(result: QueryResult): number[] {
  return result.columns.map((c, i) => {
    let chars = c.name.length + 2;
    for (const row of result.rows.slice(0, 200)) chars = Math.max(chars, [...formatCell(row[i])].length);
    return Math.min(360, Math.max(64, chars * 8 + 20));
  });
}

/** The result rows, windowed over a fixed row height so 100,000+ rows scroll smoothly; headers sort. */
export function ResultsGrid({ result }: { result: QueryResult }) {
  const { t } = useDictionary(DICTIONARY);
  const [sort, setSort] = useState<{ column: number; direction: SortDirection } | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const order = useMemo(
    () => (sort ? sortOrder(result.rows, sort.column, sort.direction) : null),
    [result.rows, sort],
  );
  const widths = useMemo(() => columnWidths(result), [result]);
  const template = widths.map((w) => `${w}px`).join(' ');
  const total = result.rows.length;
  const { first, last } = visibleRange(scrollTop, VIEWPORT, ROW_HEIGHT, total);
  const numeric = result.columns.map((c) => isNumericType(c.type));

  const toggle = (column: number) =>
    setSort((s) => (s?.column === column && s.direction === 'asc' ? { column, direction: 'desc' } : { column, direction: 'asc' }));

  const rows = [];
  for (let i = first; i < last; i++) {
    const row = result.rows[order ? (order[i] as number) : i] ?? [];
    rows.push(
      <div role="row" aria-rowindex={i + 2} key={i} className="sql-row" style={{ top: i * ROW_HEIGHT, gridTemplateColumns: template }}>
        {result.columns.map((_, c) => (
          <div role="gridcell" key={c} className={numeric[c] ? 'num' : undefined} title={formatCell(row[c])}>
            {formatCell(row[c])}
          </div>
        ))}
      </div>,
    );
  }

  return (
    <div
      className="sql-grid"
      role="grid"
      aria-rowcount={total + 1}
      aria-colcount={result.columns.length}
      data-testid="sql-grid"
      style={{ maxHeight: VIEWPORT + ROW_HEIGHT + 2 }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div role="row" aria-rowindex={1} className="sql-head" style={{ gridTemplateColumns: template }}>
        {result.columns.map((c, i) => (
          <div
            role="columnheader"
            key={i}
            aria-sort={sort?.column === i ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            className={numeric[i] ? 'num' : undefined}
          >
            <button type="button" onClick={() => toggle(i)} title={`${c.type} · ${t('sortBy', { column: c.name })}`}>
              {c.name}
              <span aria-hidden="true">{sort?.column === i ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
            </button>
          </div>
        ))}
      </div>
      <div className="sql-body" style={{ height: total * ROW_HEIGHT, width: widths.reduce((a, b) => a + b, 0) }}>
        {rows}
      </div>
    </div>
  );
}
