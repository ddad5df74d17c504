import type { Sql } from '../../db/index.ts';
import type { ValueColumn } from '../../export/index.ts';
import { valuesSql } from '../../export/index.ts';
import type { DisclosureMeasureId } from '../../indicators/index.ts';
import { DISCLOSURE_MEASURES } from '../../indicators/index.ts';
import type { DisclosureFigure } from '../../queries/index.ts';
import type { Language } from '../../ui/index.ts';

const COLUMNS: readonly ValueColumn[] = [
  { name: 'year', type: 'BIGINT' },
  { name: 'measure', type: 'VARCHAR' },
  { name: 'measure_name', type: 'VARCHAR' },
  { name: 'status', type: 'VARCHAR' },
  { name: 'value', type: 'DOUBLE' },
  { name: 'reports', type: 'BIGINT' },
  { name: 'reports_in_year', type: 'BIGINT' },
];

const measure = (id: string) => DISCLOSURE_MEASURES.find((m) => m.id === id);

/** The template-aware figures a chart or the table shows, by measure then year, as the rows of their export. */
export function figureRowsSql(figures: readonly DisclosureFigure[], measures: readonly DisclosureMeasureId[], lang: Language): Sql {
  const rows = measures.flatMap((id) =>
    figures
      .filter((f) => f.measure === id)
      .sort((a, b) => a.year - b.year)
      .map((f) => [f.year, f.measure, (lang === 'zh' ? measure(id)?.zh : measure(id)?.en) ?? id, f.status, f.value, f.reports, f.reportsInYear]),
  );
  return valuesSql(COLUMNS, rows);
}

/** Footnotes defining the measures shown (their cells in each template). */
export function measureNotes(measures: readonly DisclosureMeasureId[], lang: Language): string[] {
  return measures.map((id) => {
    const m = measure(id);
    return lang === 'zh' ? `${m?.zh}：${m?.formulaZh}` : `${m?.en}: ${m?.formulaEn}`;
  });
}
