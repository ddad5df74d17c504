/** Spans of one table cell as the source declared them (HTML colspan/rowspan, DOCX gridSpan). */
export interface CellSpan {
  colspan: number;
  rowspan: number;
}

const clamp = (n: number, max: number): number => (Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), max) : 1);

/**
 * The grid column where each emitted cell starts, skipping columns that rowspans from above still cover.
 * Spanned cells are emitted once, at their origin, so row r's i-th cell starts at result[r][i].
 */
export function spanGrid(rows: CellSpan[][]): number[][] {
  let covered: number[] = [];
  return rows.map((cells) => {
    let col = 0;
    const starts = cells.map((cell) => {
      while ((covered[col] ?? 0) > 0) col += 1;
      const start = col;
      const colspan = clamp(cell.colspan, 1000);
      const rowspan = clamp(cell.rowspan, 65534);
      for (let k = 0; k < colspan; k += 1) covered[start + k] = rowspan;
      col += colspan;
      return start;
    });
    covered = covered.map((n) => Math.max(0, (n ?? 0) - 1));
    return starts;
  });
}
