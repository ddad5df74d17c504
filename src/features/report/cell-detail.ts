import type { Language } from '../../ui/index.ts';
import type { ReportCell, ReportFinding } from '../../queries/index.ts';
import type { DICT } from './dictionary.ts';

type T = (key: keyof (typeof DICT)['zh'], vars?: Record<string, string | number>) => string;

/** How a cell value reads in the table: as in the official table, signed changes with their sign. */
export function formatCell(value: number | null, signed: boolean): string {
  if (value === null) return '';
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  return signed && value > 0 ? `+${text}` : text;
}

/** The lines describing one cell: its key, the text found, its unit, ambiguity and findings (pure). */
export function cellDetail(
  key: string,
  cell: ReportCell | undefined,
  candidates: readonly number[] | undefined,
  findings: readonly ReportFinding[],
  t: T,
  lang: Language,
): string[] {
  const lines = [t('key', { key })];
  lines.push(cell?.raw ? t('raw', { raw: `“${cell.raw}”` }) : t('rawNone'));
  if (cell?.unit) lines.push(t('unit', { unit: cell.unit }));
  if (candidates?.length) lines.push(`${t('ambiguous')} · ${t('candidates', { list: candidates.join(' / ') })}`);
  else if (!cell || cell.value === null) lines.push(t('blank'));
  for (const f of findings) lines.push(`${f.rule} ${t(f.severity)}：${lang === 'zh' ? f.messageZh : f.messageEn}`);
  return lines;
}
