import type { DisclosureMeasureId } from '../../indicators/index.ts';
import type { DisclosureFigure } from '../../queries/index.ts';

/** Wide rows (one per year) of the given measures; a not-comparable year is null, never 0. */
export function figuresWide(figures: readonly DisclosureFigure[], measures: readonly DisclosureMeasureId[]) {
  const years = [...new Set(figures.map((f) => f.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const row: Record<string, string | number | null> = { year: String(year) };
    for (const m of measures) {
      const f = figures.find((x) => x.year === year && x.measure === m);
      row[m] = f && f.status === 'value' ? f.value : null;
    }
    return row;
  });
}
